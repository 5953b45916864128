-- 当前文件 对应 主页面 子页面的 启动事件 非远程
---------------公共变量---------------
  PrivacyPolicy_1=[[<p>
    <strong><span style="text-decoration: underline;">&nbsp; &nbsp; 欢迎您使用JsHD调试器APP，我们非常重视您的隐私和个人信息保护。未经您授权，我们不会收集、使用和共享您的个人信息。在您使用JsHD调试器前，请充分阅读并理解平台规则及《隐私保护政策》（可点击下方“隐私政策”按钮或者在“关于我们>隐私政策”中查找并阅读）。<br>&nbsp; &nbsp; 当您点击同意，并开始使用产品或服务，即表示您已经理解并同意该条款，该条款将构成对您具有法律约束力的法律文件。<span style="text-decoration: underline;"></span></strong>
    <br>1.个人信息（操作习惯、Js代码、位置、设备型号、web内核版本、位置等）的收集、保存、使用与共享。
    <br>2.设备权限（位置、存储、麦克风、传感器等）的调用。
  </p>]]

  PrivacyPolicy_2=[[
    <p>【前言】欢迎使用“JsHD调试器”提供的产品和服务！JsHD调试器（或简称“我们”）深知个人信息对您的重要性，我们一向庄严承诺保护使用我们的产品和服务（以下统称“JsHD调试器服务”）之用户（以下统称“用户”或“您”）的个人信息及隐私安全。您在使用JsHD调试器服务时，我们可能会收集和使用您的相关个人信息。我们希望通过《JsHD调试器隐私政策》（以下简称“本政策”）向您说明我们在收集和使用您相关个人信息时对应的处理规则，以及我们为您提供的访问、更正、删除和保护这些个人信息的方式等相关事宜，以便更好地保障您的权益。</p>
    <p>
        <strong>
            <u>
                《JsHD调试器隐私政策》（以下简称“本《隐私政策》”）适用于我们提供的所有JsHD调试器服务。未满十八周岁的用户，同时适用本《隐私政策》。
            </u>
        </strong>
    </p>

    <p>
        <strong>
            【特别提示】
            <u>
                请您在使用JsHD调试器服务前，仔细阅读（未成年人请在监护人陪同下阅读）并了解本《隐私政策》（特别是加粗或下划线标注的内容），以做出适当选择。一旦您使用或在我们更新本《隐私政策》后继续使用我们的产品或服务，即意味着您同意本《隐私政策》并同意我们按照本《隐私政策》收集、使用、储存、分享、转让和披露您的相关个人信息。如果您不同意本政策的内容，将可能导致JsHD调试器服务无法正常运行，或者无法达到我们拟达到的服务效果，您应立即停止访问/使用JsHD调试器服务。
            </u>
        </strong>
    </p>

    <p>&nbsp; &nbsp; 在阅读完本政策后，如您对本政策或与本政策相关的事宜有任何问题，您可通过203455278@qq.com联系我们，我们会尽快为您作出解答。
    </p>
    <div>&nbsp;</div>

    <h2>本《隐私政策》将帮助您了解以下内容：</h2>
    <u><h2><a href="https://note.youdao.com/license-secrecy.html#list-1" style="color: #000">一、我们如何收集和使用您的个人信息</h2></u><u>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-2" style="color: #000">二、我们如何使用COOKIES或同类技术</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-3" style="color: #000">三、我们可能分享、转让和披露的个人信息</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-4" style="color: #000">四、我们如何保留、储存和保护您的个人信息安全</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-5" style="color: #000">五、如何管理您的个人信息</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-6" style="color: #000">六、第三方服务</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-7" style="color: #000">七、未成年人保护</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-8" style="color: #000">八、通知和修订</a></h2>
    <h2><a href="https://note.youdao.com/license-secrecy.html#list-9" style="color: #000">九、如何联系我们</a></h2></u>

    <div>&nbsp;</div>

    <h2 id="list-1">一、我们如何收集和使用您的个人信息</h2>
    <p>我们收集您的个人信息主要是为了您和其他用户能够更容易和更满意地使用JsHD调试器服务。JsHD调试器的目标是向所有的互联网用户提供安全、有趣及有教益的上网经历，而这些信息有助于我们实现这一目标。</p>
    <p>（一）我们将通过以下途径收集和获得您的个人信息：</p>
    <p>1、您提供的信息。例如：</p>
    <p>（1）您通过JsHD调试器服务向第三方提供的共享信息，以及您使用JsHD调试器服务时所存储的信息。</p>
    <p><strong>请注意，如您在JsHD调试器服务中其他用户可见的公开区域内上传或发布的信息中、您对其他人上传或发布的信息作出的回应中公开您的信息，该等信息可能会被他人收集并加以使用。当您发现他人不正当地收集或使用您的信息时，可通过<a href="https://note.youdao.com/license-secrecy.html#list-9" style="color: #000;font-weight: bold;"><u>本政策“如何联系我们”章节</u></a>所列的反馈渠道联系我们。</strong>
    </p>
    <p>2、第三方共享的您的信息。亦即第三方使用JsHD调试器服务时所提供有关您的共享信息。</p>
    <p>3、我们获取的您的信息。您在使用JsHD调试器服务时，我们收集、汇总、记录的信息，例如日志信息、位置信息、设备信息。</p>
    <p>（二）我们会出于以下目的，收集和使用您以下类型的个人信息：</p>
    <p><strong>我们需要特别提醒您的是：由于我们的产品和服务较多，为您提供的内容也不同，因此相关业务功能（包括其收集的您的个人信息类型）也会因您选择的产品/服务的内容不同而有所区别，具体请您以实际使用的产品/服务为准。</strong>&gt;除此之外，您理解并同意，我们希望提供给您的产品和服务是完善的，所以我们会不断改进我们的产品和服务，这意味着随着产品和服务的迭代、拓展、升级等，我们可能会经常推出新的服务或业务功能或重新划分业务功能，并可能需要收集新的个人信息或变更个人信息使用目的或方式。<strong>如果我们要将您的个人信息用于本政策中未载明的其他用途或额外收集未提及的其他个人信息，我们会依法通过页面提示、交互流程、网站公告或其他方式另行征得您的同意。</strong>在此过程中，您可通过<a href="https://note.youdao.com/license-secrecy.html#list-9" style="color: #000;font-weight: bold;"><u>本政策“如何联系我们”章节</u></a>所列的反馈渠道联系我们，我们会尽快为您作出解答。</p>
    <p><strong>1、维护基础功能的正常运行</strong></p>
    <p>
      在您使用我们服务过程中，为向您提供浏览、搜索等基本功能，并识别帐号异常状态、了解产品适配性、保障JsHD调试器服务的网络及运营安全，以维护前述基本功能的正常运行，<span style="font-weight: bold;">我们可能会直接或者间接地收集、存储关于您使用的服务以及使用方式的信息并将这些信息进行关联，这些信息包括：</span>
    </p>
    <p style="font-weight: bold;">
      <span style="text-decoration: underline;">（1）日志信息：
    </span>当您使用我们的服务时，我们可能会自动收集您对我们服务的详细使用情况，作为有关网络日志保存。例如：<span style="text-decoration: underline;">您的设备信息、搜索查询内容、IP地址、浏览器的类型、电信运营商、网络环境、使用的语言、访问日期和时间及您访问的网页浏��记录、Push打开记录、停留时长、刷新记录、发布记录、关注、订阅、收藏及分享。</span>
    </p>
    <p>
      <strong><span style="text-decoration: underline;">（2）设备信息：
      </span>我们可能会接收并记录您所使用的设备相关信息。例如：<span style="text-decoration: underline;">设备机型、操作系统及版本、客户端版本、设备分辨率、包名、设备设置、进程及软件列表、设备标识符（IMEI/Android ID/IDFA/OpenUDID/GUID/SIM 卡IMSI 信息）、软硬件特征信息、设备所在位置相关信息。（例如IP 地址、GPS位置以及能够提供相关信息的WLAN接入点、蓝牙和基站传感器信息）</span>。</strong>
      为了收集上述基本的个人设备信息，我们将会申请访问您的设备信息的权限，我们收集这些信息是为了向您提供我们基本服务和基础功能，如您拒绝提供上述权限将可能导致您无法使用JsHD调试器服务。
    </p>
    <p style="font-weight: bold;">请注意，单独的设备信息、日志信息是无法识别特定自然人身份的信息。如果我们将这类非个人信息与其他信息结合用于识别特定自然人身份，或者将其与个人信息结合使用，则在结合使用期间，这类非个人信息将被视为个人信息，除取得您授权或法律法规另有规定外，我们会将该类个人信息做匿名化、去标识化处理。这些信息在结合使用期间，将作为您的个人信息按照本政策处理与保护。
    </p>
    <p>
    </p><p style="font-weight: bold;">4、向您提供商品或服务</p>
    <p>您在使用JsHD调试器服务时、上传和/或发布信息以及进行相关行为（例如<strong>您在JsHD调试器服务中输入和/或上传BUG信息</strong>）时，<strong>我们将收集您上传的信息。</strong></p>
    <p style="font-weight: bold;">5、我们通过间接方式收集到的您的个人信息：</p>
    <p>基于您选择使用的JsHD调试器服务，我们可能从关联方、第三方合作伙伴获取您授权共享的相关信息。例如，当您使用第三方平台的账号登录JsHD调试器服务时，我们将根据您的授权获取该第三方账号下的相关信息（包括：用户名、昵称、头像，具体以您的授权内容为准），<strong>并在您同意本政策后将您的第三方帐号与您的JsHD调试器服务帐号绑定，使您可以通过第三方帐号直接登录并使用JsHD调试器服务。</strong>&gt;我们将在符合相关法律法规规定，并依据与关联方或第三方合作伙伴的约定、确信其提供的信息来源合法的前提下，收集并使用您的这些信息。
    </p>
    <p style="font-weight: bold;">6、向您提供商品或服务的信息展示和推送</p>
    <p><strong>
      （1）为您展示和推送商品或服务
    </strong></p>
    <p>
      基于您向我们提供的信息、我们可能收集的信息及我们通过间接方式收集到的您的信息（例如<strong>
        您的<u>浏览及搜索记录、设备信息、位置信息、的个人信息）
        </u>，我们可能会基于上述一项或几项信息的结合，进行推荐算法建模、程序化广告推荐算法建模、用户行为分析及用户画像，用于提取您的<u>浏览、搜索偏好、行为习惯、位置信息</u>相关特征，以便向您提供更契合您需求的页面展示和推荐个性化内容。我们也可能基于特征标签通过<u>电子邮件、短信</u>或其他方式向您发送<u>营销信息、用户调研</u>，帮助我们改善JsHD调试器服务以及提供或推广我们/第三方的如下商品和服务：
      </strong>
    </p>
    <p>我们的商品和服务，包括但不限于：在线教育服务、语言翻译服务、语音识别和语音合成类开发平台服务、智能硬件服务、云应用服务、电子商务、即时通讯服务、网上媒体服务、互动娱乐服务、社交网络服务、支付服务、互联网搜索服务、位置和地图服务、应用软件和服务、数据管理软件和服务、网上广告服务、互联网金融及其他社交媒体、娱乐、网络游戏、电子商务、资讯及通讯软件和服务；及
    </p>
    <p>第三方商品和服务，包括但不限于：互联网服务、物流服务、银行及金融服务、娱乐、书册和其他刊物服务、广告服务、积分和奖励计划、食物和餐饮、体育、音乐、电影、电视、现场表演和其他艺术和娱乐、书册、杂志和其他刊物、服装和配饰、珠宝、化妆品、个人健康和卫生、电子、收藏品、家用器皿、电器、家居装饰和摆设、宠物、汽车、酒店、交通和旅游、银行、保险及金融服务、积分和奖励计划，以及我们认为可能与您相关的其他商品和服务。</p>
    <p style="font-weight: bold;">（2）向您发出通知。</p>
    <p style="font-weight: bold;">我们可能在必需时（例如当我们由于系统维护而暂停某一单项服务、变更、终止提供某一单项服务时）向您发出与服务有关的通知。</p>
    <p style="font-weight: bold;">如您不希望继续接收我们推送的消息，您可要求我们停止推送，例如：根据短信退订指引要求我们停止发送推广短信，或在移动端设备中进行设置，不再接收我们推送的消息；但我们依法律规定或协议约定发送消息的情形除外。</p>
    <p style="font-weight: bold;">如您想管理我们的个性化服务，您可以根据您所使用的单项服务提供的指引予以操作。</p>
    <p style="font-weight: bold;">7、为您提供安全保障</p>
    <p><strong><u>为提高您使用我们及合作伙伴提供服务的安全性，保护您或其他用户或公众的人身财产安全免遭侵害，更好地预防钓鱼网站、欺诈、网络漏洞、计算机病毒、网络攻击、网络侵入等安全风险，更准确地识别违反法律法规或JsHD调试器服务相关协议规则的情况，我们可能会收集、使用或整合您的账户信息、交易信息、设备信息、日志信息以及我们关联公司、合作伙伴取得您授权或依据法律共享的个人信息，来综合判断您账户及交易风险、进行身份验证、检测及防范安全事件，并依法采取必要的记录、审计、分析、处置措施。</u></strong>
    </p>
    <p style="font-weight: bold;">8、改进我们的服务</p>
    <p>我们可能将通过某一项JsHD调试器服务所收集的个人信息，用于我们的其他服务：在您使用某一项JsHD调试器服务时所收集的您的个人信息，可能在我们的其他服务中用于向您提供特定内容或向您展示与您相关的、而非普遍推送的信息；我们可能让您参与有关JsHD调试器服务的调查，帮助我们改善现有服务或设计新服务；同时，我们可能将您的个人信息用于软件更新。
    </p>
    <p><strong>您了解并同意，在收集您的个人信息后，我们将通过技术手段对数据进行去标识化处理，去标识化处理的个人信息将无法识别您的身份，在此情况下我们有权使用已经去标识化的个人信息，对用户数据库进行分析并予以商业化的利用。</strong>
    </p>
    <p style="font-weight: bold;">9、其他用途</p>
    <p><strong><u>请您注意，如果我们要将您的个人信息用于本《隐私政策》中未载明的其他用途或额外收集未提及的其他个人信息，我们会另行事先请您同意（确认同意的方式：勾选、弹窗、站内信、邮件、短信方式）。一旦您同意，该等额外用途将视为本《隐私政策》的一部分，该等额外个人信息也将适用本《隐私政策》。</u></strong>
    </p>
    <p>12、您理解并同意，部分单项服务可能需要您在您的设备中开启特定的访问权限，以实现这些权限所涉及信息的收集和使用。例如：</p>
    <p>（1）如我们访问您的位置信息，是为了根据您的位置�息为您提供更契合您需求的页面展示和产品服务；</p><p>（2）在允许我们开启读取存储卡上的照片、媒体内容和文件是为了能够取读JsHD调试器的一些配置文件&nbsp;如书签&nbsp;默认配置等。</p>
    <p>（3）在允许我们开启应用修改或删除存储卡上的照片、媒体内容和文件是用于存储用户的一些设置数据以及生成文件，如生成/修改Js文件，修改/生成用户习惯配置。</p>
    <p>当您需要关闭该功能时，大多数移动设备都会支持您的这项需求，具体方法请参考或联系您移动设备的服务商或生产商。请您注意，您开启任一权限即代表您授权我们可以收集和使用相关个人信息来为您提供对应服务，您一旦关闭任一权限即代表您取消了授权，我们将不再基于对应权限继续收集和使用相关个人信息，也无法为您提供该权限所对应的服务。但是，您关闭权限的决定不会影响此前基于您的授权所进行的个人信息收集及使用。</p>
    <p style="font-weight: bold;">10、征得授权同意的例外</p>
    <p>根据相关法律法规规定，以下情形中收集您的信息无需征得您的授权同意：</p>
    <p>（1）与国家安全、国防安全直接相关的；</p>
    <p>（2）与公共安全、公共卫生、重大公共利益直接相关的；</p>
    <p>（3）与刑事侦查、起诉、审判和判决执行等直接相关的；</p>
    <p>（4）出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；</p>
    <p>（5）所收集的个人信息是您自行向社会公众公开的；</p>
    <p>（6）根据您的要求签订和履行合同所必需的；</p>
    <p>（7）从合法公开披露的信息中收集个人信息的，如合法的新闻报道、政府信息公开等渠道；</p>
    <p>（8）维护JsHD调试器服务的安全稳定运行所必需的，例如发现、处置产品或服务的故障；</p>
    <p>（9）开展合法的新闻报道所必需的；</p>
    <p>（10）出于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的信息进行去标识化处理的；</p>
    <p>（11）法律法规规定的其他情形。</p>
    <p style="font-weight: bold;">11、有关敏感个人信息的提示</p>
    <p style="font-weight: bold;">个人敏感信息，是指一旦泄露、非法提供或滥用可能危害人身和财产安全，极易导致个人名誉、身心健康受到损害或歧视性待遇等的个人信息。以上由您提供或我们收集您的信息中，可能包含您的<u>个人敏感信息，例如身份证件号码、个人生物识别信息（包括面部识别特征、声纹等）、银行账号、通信记录和内容、财产信息、征信信息、行踪轨迹、住宿信息、健康生理信息、交易信息</u>。请您谨慎并留意个人敏感信息，您同意我们可以按本政策所述的目的和方式来处理您的个人敏感信息。</p>
    <h2 id="list-2"><u>二、我们如何使用COOKIES或同类技术</u></h2>
    <p>（一）COOKIES</p>
    <p>我们或我们的第三方合作伙伴可能通过COOKIES或同类技术获取和使用您的信息，并将该等信息存储为日志信息。</p>
    <p>通过使用COOKIES，我们向用户提供简单易行并富个性化的网络体验。一个COOKIES是少量的数据，它们从一个网络服务器送至您的浏览器并存在计算机硬盘上。我们使用COOKIES是为了让其用户可以受益。比如，为使得JsHD调试器虚拟社区的登录过程更快捷，您可以选择把用户名存在一个COOKIES中。这样下次当您要登录JsHD调试器的服务时能更加方便快捷。COOKIES能帮助我们确定您连接的页面和内容，您在JsHD调试器特定服务上花费的时间和您所选择的JsHD调试器服务。
    </p>
    <p>COOKIES使得我们能更好、更快地为您服务，并且使您在JsHD调试器服务上的经历更富个性化。然而，您应该能够控制COOKIES是否以及怎样被您的浏览器接受。请查阅您的浏览器附带的文件以获得更多这方面的信息。</p>
    <p>我们和第三方合作伙伴可能通过COOKIES或同类技术收集和使用您的信息，并将该等信息存储。</p>
    <p>我们使用自己的COOKIES或同类技术，可能用于以下用途：</p>
    <p>1、记住您的身份。例如：COOKIES或同类技术有助于我们辨认您作为我们的注册用户的身份，或保存您向我们提供有关您的喜好或其他信息；</p>
    <p>2、分析您使用我们服务的情况。我们可利用COOKIES或同类技术来了解您使用JsHD调试器服务进行什么活动、或哪些服务最受欢迎；</p>
    <p>3、广告优化。COOKIES或同类技术有助于我们根据您的信息，向您提供与您相关的广告而非进行普遍的广告投放。</p>
    <p>我们为上述目的使用COOKIES或同类技术的同时，可能将通过COOKIES或同类技术收集的非个人身份信息汇总提供给广告商和其他伙伴，用于分析您和其他用户如何使用JsHD调试器服务并用于广告服务。</p>
    <p>JsHD调试器服务上可能会有广告商和其他合作方放置的COOKIES或同类技术。这些COOKIES和或同类技术可能会收集与您相关的非个人身份信息，以用于分析用户如何使用该等服务、向您发送您可能感兴趣的广告，或用于评估广告服务的效果。这些第三方COOKIES或同类技术收集和使用该等信息不受本政策约束，而是受到其自身的信息保护声明约束，我们不对第三方的COOKIES或同类技术承担责任。
    </p>
    <p style="font-weight: bold;">您可以通过浏览器或用户选择机制拒绝或管理COOKIES或同类技术。但请您注意，如果您停用COOKIES或同类技术，我们有可能无法为您提供最佳的服务体验，某些服务也可能无法正常使用。同时，您仍然将收到广告，只是这些广告与您的相关性会降低。</p>
    <p>（二）网站信标和像素标签</p>
    <p>除 Cookies 外，我们还会在网站上使用网站信标和像素标签等其他同类技术。我们向您发送的电子邮件可能含有链接至我们网站内容的地址链接，如果您点击该链接，我们则会跟踪此次点击，帮助我们了解您的产品或服务偏好以便于我们主动改善客户服务体验。网站信标通常是一种嵌入到网站或电子邮件中的透明图像。借助于电子邮件中的像素标签，我们能够获知电子邮件是否被打开。如果您不希望自己的活动以这种方式被追踪，则可以随时从我们的寄信名单中退订。
    </p>
    <h2 id="list-3"><u>三、我们可能共享、转让或披露的个人信息</u></h2>
    <p>（一）共享</p>
    <p>我们非常重视保护您的个人信息。除以下情形外，未经您同意，我们不会与我们及我们的关联方之外的任何第三方共享您的个人信息：</p>
    <p style="font-weight: bold;">1、向您提供我们的服务。我们可能向合作伙伴及其他第三方共享您的信息，以实现JsHD调试器服务的功能，让您正常使用您需要的服务。例如：提供支付服务的支付机构、提供数据服务（包括网络广告监测、数据统计、数据分析）的合作伙伴、第三方物流公司；
    </p>
    <p style="font-weight: bold;">2、维护和改善我们的服务。我们可能向合作伙伴及其他第三方分享您的个人信息，以帮助我们为您提供更有针对性、更完善的服务，例如：代表我们发出电子邮件或推送通知的通讯服务提供商；
    </p>
    <p style="font-weight: bold;">3、向委托我们进行推广的合作伙伴等第三方共享，目的是为了使该等委托方了解推广的覆盖面和有效性。比如我们可以告知该委托方有多少人看了他们的推广信息或在看到这些信息后购买了委托方的商品，或者向他��提供不能识别个人身份的统计信息，帮助他们了解其受众或顾客；</p>
    <p style="font-weight: bold;">4、与关联方的必要共享。为便于我们基于统一的帐号体系向您提供一致化服务以及便于您进行统一管理、个性化推荐、保障系统和帐号安全等，您的个人信息可能会在我们和我们的关联方之间进行必要共享。例如：在您使用某一项JsHD调试器服务时所收集的您的信息，可能在另一项JsHD调试器服务中用于向您提供特定内容或向您展示与您相关的、而非普遍推送的信息。</p>
    <p style="font-weight: bold;">5、实现本政策<a href="https://note.youdao.com/license-secrecy.html#list-1" style="color: #000;">第一条“我们如何收集和使用个人信息”</a>部分所述的其他目的；
    </p>
    <p>6、履行我们在本政策或我们与您达成的其他协议中的义务和行使我们的权利；
    </p>
    <p>7、在法律法规允许的范围内，为了遵守法律、维护我们及我们的关联方或合作伙伴、您或其他JsHD调试器用户或社会公众利益、财产或安全免遭损害，比如为防止欺诈等违法活动和减少信用风险，我们可能与其他公司和组织交换信息。不过，这并不包括违反本政策中所作的承诺而为获利目的出售、出租、共享或以其它方式披露的信息；</p>
    <p>8、应您合法需求或经您的授权同意；</p>
    <p>9、应您的监护人合法要求而提供您的信息；</p>
    <p>10、根据与您签署的单项服务协议（包括在线签署的电子协议以及相应的平台规则）或其他的法律文件约定所提供；</p>
    <p>11、基于学术研究而提供；</p>
    <p>12、基于符合法律法规的社会公共利益而提供。</p>
    <p style="font-weight: bold;">我们仅会出于合法、正当、必要、特定、明确的目的共享您的个人信息。对我们与之共享个人信息的公司、组织和个人，我们会与其签署严格的保密协定，要求他们按照我们的说明、本政策以及其他任何相关的保密和安全措施来处理信息。</p>
    <p style="font-weight: bold;">（二）转让</p>
    <p><strong>1、随着我们业务的持续发展，我们有可能进行合并、收购、资产转让或类似的交易，而您的信息有可能作为此类交易的一部分而被转移</strong>。我们会要求新的持有您个人信息的公司、组织继续受本政策的约束，否则，我们将要求该公司、组织重新向您征求授权同意。
    </p>
    <p>2、在获得您的明确同意后，我们会向第三方转让您的个人信息。</p>
    <p style="font-weight: bold;">（三）披露</p>
    <p>我们仅会在以下情况下，且采取符合业界标准的安全防护措施的前提下，才会披露您的个人信息：</p>
    <p>1、根据您的需求，在您明确同意的披露方式下披露您所指定的信息；</p>
    <p>2、根据法律、法规的要求、强制性的行政执法或司法要求所必须提供您信息的情况下，我们可能会依据所要求的信息类型和披露方式披露您的信息。在符合法律法规的前提下，当我们收到上述披露信息的请求时，我们会要求接收方必须出具与之相应的法律文件，如传票或调查函。我们坚信，对于要求我们提供的信息，应该在法律允许的范围内尽可能保持透明。我们对所有的请求都进行了慎重的审查，以确保其具备合法依据，且仅限于执法部门因特定调查目的且有合法权利获取的数据。
    </p>
    <p style="font-weight: bold;">&nbsp;（四）共享、转让、披露信息时事先征得授权同意的例外</p>
    <p>以下情形中，共享、转让、披露您的信息无需事先征得您的授权同意：</p>
    <p>1、与国家安全、国防安全直接相关的；</p>
    <p>2、与公共安全、公共卫生、重大公共利益直接相关的；</p>
    <p>3、与刑事侦查、起诉、审判和判决执行等司法或行政执法直接相关的；</p>
    <p>4、出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；</p>
    <p>5、您自行向社会公众公开的信息；</p>
    <p>6、从合法公开披露的信息中收集信息的，如合法的新闻报道、政府信息公开等渠道；</p>
    <p>7、与我们履行法律法规规定的义务相关的。</p>
    <p style="font-weight: bold;">根据法律规定，共享、转让、披露经去标识化处理的个人信息，且确保数据接收方无法复原并重新识别信息主体的，不属于个人信息的对外共享、转让及公开披露行为，对此类数据的保存及处理将无需另行向您通知并征得您的同意。</p>
    <h2 id="list-4"><u>四、我们如何存储和保护个人信息</u></h2>
    <p>（一）个人信息的存储</p>
    <p><strong>除法律法规或监管部门另有规定外，我们仅在本政策所述目的所必需且最短的时限内存储您的个人信息。</strong>如我们终止服务或运营，我们将及时停止继续收集您个人信息的活动，同时会遵守相关法律法规要求提前向您通知，并在终止服务或运营后对您的个人信息进行删除或匿名化处理，但法律法规或监管部门另有规定的除外。</p>
    <p><strong>我们在中华人民共和国境内运营中收集和产生的个人信息，存储在中国境内</strong>&gt;，以下情形除外：</p>
    <p>1、法律法规有明确规定；</p>
    <p>2、获得您的授权同意；</p>
    <p>3、您使用的JsHD调试器服务涉及跨境，JsHD调试器需要向境外提供您的个人信息。</p>
    <p>针对以上情形，我们会确保依据国家法律法规和相关监管部门的规定执行，并对您的个人信息提供足够的保护。</p>
    <p>（二）个人信息的保护</p>
    <p>我们非常重视信息安全，成立了专门的安全团队，并采取一切合理可行的措施，保护您的个人信息：</p>
    <p style="font-weight: bold;">1、数据安全技术措施</p>
    <p>我们会采用符合业界标准的安全防护措施，包括建立合理的制度规范、安全技术来防止您的个人信息遭到未经授权的访问、使用、修改，避免数据的损坏或丢失。</p>
    <p>我们的服务采取了多种加密技术，例如在某些JsHD调试器服务中，我们将利用加密技术（例如SSL）对您的个人信息进行加密保存，并通过隔离技术进行隔离，以保护您的个人信息。</p>
    <p>在个人信息使用时，例如信息展示、信息关联计算，我们会采用多种数据脱敏技术增强信息在使用中的安全性。</p>
    <p>我们还会采用严格的数据访问权限控制和多重身份认证技术保护个人信息，避免数据被违规使用。</p>
    <p style="font-weight: bold;">2、我们为保护个人信息采取的其他安全措施</p>
    <p>我们有行业先进的以数据为核心，围绕数据生命周期进行的数据安全管理体系，从组织建设、制度设计、人员管理、产品技术等方面多维度提升整个系统的安全性。我们通过建立数据分类分级制度、数据安全管理规范、数据安全开发规范来管理规范个人信息的存储和使用。</p>
    <p>我们通过信息接触者保密协议、监控和审计机制来对数据进行全面安全控制。</p>
    <p>我们还会举办安全和隐私保护培训课程，加强员工的安全意识以及对于个人信息保护政策和相关规程的认识。</p>
    <p style="font-weight: bold;">3、我们仅允许有必要知晓这些信息的我们及我们关联方的员工、合作伙伴访问您的个人信息，并为此设置了严格的访问权限控制和监控机制。我们同时要求可能接触到您的个人信息的所有人员履行相应的保密义务。如果未能履行这些义务，可能会被追究法律责任或被中止与我们的合作关系。</p>
    <p>4、互联��并非绝对安全的环境，而且电子邮件、即时通讯、社交软件或其他服务软件等与其他用户的交流方式无法确定是否完全加密，我们建议您使用此类工具时请使用复杂密码，并注意保护您的信息安全。在通过JsHD调试器服务与第三方进行沟通或购买商品及服务时，您不可避免的要向交易对方或潜在的交易对方披露自己的信息，如联络方式或者邮政地址等。请您妥善保护自己的信息，仅在必要的情形下向他人提供。</p>
    <p>5、互联网环境并非百分之百安全，我们将尽力确保或担保您发送给我们的个人信息的安全性。如果我们的物理、技术、或管理防护设施遭到破坏，导致个人信息被非授权访问、公开披露、篡改、或毁坏，导致您的合法权益受损，我们将承担相应的法律责任。</p>
    <p style="font-weight: bold;">6、安全事件处置</p>
    <p>为应对个人信息泄露、损毁和丢失等可能出现的风险，我们制定了多项制度，明确安全事件、安全漏洞的分类分级标准及相应的处理流程。我们也为安全事件建立了的应急响应团队，按照安全事件处置规范要求，针对不同安全事件启动安全预案，进行止损、分析、定位、制定补救措施、联合相关部门进行溯源和打击。我们亦定期组织内部培训和应急演练，使得我们的相关工作人员掌握相应的应急处置策略和规程</p>
    <p>在不幸发生信息安全事件后，我们将按照法律法规的要求，及时向您告知：安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。我们同时将及时将事件相关情况以邮件、信函、电话、推送通知等方式告知您，难以逐一告知信息主体时，我们会采取合理、有效的方式发布公告。同时，我们还将按照监管部门要求，主动上报信息安全事件的处置情况。</p>
    <p style="font-weight: bold;">请您理解，由于技术的限制以及风险防范的局限，即便我们已经尽量加强安全措施，也无法始终保证信息百分之百的安全。您需要了解，您接入JsHD调试器服务所用的系统和通讯网络，有可能因我们可控范围外的情况而发生问题。</p>
    <p style="font-weight: bold;">请您务必妥善保管好您的帐号、密码及其他身份要素。您在使用JsHD调试器服务时，我们会通过您的帐号、密码及其他身份要素来识别您的身份。一旦您泄露了前述信息，您可能会蒙受损失，并可能对您产生不利。如您发现帐号、密码及/或其他身份要素可能或已经泄露时，请您立即和我们取得联系，以便我们及时采取相应措施以避免或降低相关损失。</p>
    <h2 id="list-5"><u>五、如何管理您的个人信息</u></h2>
    <p>我们鼓励您更新和修改您的个人信息以使其更准确有效，也请您理解，您更正、删除、撤回授权或停止使用JsHD调试器服务的决定，并不影响我们此前基于您的授权而开展的个人信息处理。除法律法规另有规定，当您更正、删除您的个人信息或申请注销账号时，我们可能不会立即从备份系统中更正或删除相应的个人信息，但会在备份更新时更正或删除这些个人信息。
    </p>
    <p>您可以通过以下方式来管理您的个人信息：&nbsp;</p>
    <p>（一）访问、更正和删除您的个人信息</p>
    <p>您能通过JsHD调试器服务访问您的个人信息，并根据对应个人信息的管理方式自行完成或要求我们进行修改、补充和删除。我们将采取适当的技术手段或提供提交申请的联系渠道，尽可能保证您可以访问、更新和更正自己的个人信息或使用JsHD调试器服务时提供的其他个人信息。
    </p>
    <p>在访问、更正和删除前述个人信息时，我们可能会要求您进行身份验证，以保障个人信息安全。对于通过COOKIES或同类技术收集的您的个人信息，我们还在本《隐私政策》<a>第二条“我们如何使用COOKIES或同类技术”</a>部分说明了向您提供的选择机制。如果您无法通过上述路径访问、更正该等个人信息，您可以通过本《隐私政策》<a>第九条【如何联系我们】</a>约定的联系方式与我们取得联系。对于您在使用JsHD调试器服务过程中产生的其他个人信息需要访问、更正或删除，我们会根据本《隐私政策》所列明的方式、期限及范围来响应您的请求。在部分个人信息删除时，我们可能会要求您进行身份验证，以保障个人信息安全。
    </p>
    <p>在以下情形中，您可以向我们提出删除个人信息的请求：</p>
    <p>1、如果我们处理个人信息的行为违反法律法规；</p>
    <p>2、如果我们收集、使用您的个人信息，却未征得您的授权同意；</p>
    <p>3、如果我们处理个人信息的行为严重违反了与您的约定；</p>
    <p>4、如果我们不再为您提供JsHD调试器服务。</p>
    <p>若我们决定响应您的删除请求，我们还将同时尽可能通知从我们处获得您的个人信息的实体，要求其及时删除，除非法律法规另有规定，或这些实体获得您的独立授权。</p>
    <p>（二）公开与分享</p>
    <p>我们的多项服务可让您不仅与您的社交网络、也与使用该服务的所有用户公开分享您的相关个人信息，例如，您在JsHD调试器服务中所上传的信息、您对其他人上传或发布的个人信息作出的回应，通过电子邮件或在JsHD调试器服务中不特定用户可见的公开区域内上传或公布您的个人信息，以及包括与这些个人信息有关的位置数据和日志信息。只要您不删除您所公开或共享的个人信息，有关个人信息可能一直留存在公众领域；即使您删除共享个人信息，有关个人信息仍可能由其他用户或不受我们控制的第三方独立地缓存、复制或储存，或由其他用户或该等第三方在公众领域保存。<strong><u>如您将个人信息通过上述渠道公开或共享，由此造成您的个人信息泄露，我们不承担责任。因此，我们提醒并请您慎重考虑是否通过上述渠道公开或共享您的个人信息。</u></strong>
    </p>
    <p>（三）改变您授权同意的范围</p>
    <p>您总是可以选择是否披露个人信息。有些个人信息是使用JsHD调试器服务所必需的，但大多数其他个人信息的提供是由您决定的。您可以通过删除个人信息、关闭设备功能等方式改变您授权我们继续收集个人信息的范围或撤回您的授权。</p>
    <p><strong>当撤回授权后，我们无法继续为您提供撤回授权所对应的服务，也不再处理您相应的信息。但您撤回授权的决定，不会影响此前基于您的授权而开展的信息处理。</strong></p>
    <p>（四）约束信息系统自动决策</p>
    <p>在某些业务功能中，我们可能仅依据信息系统、算法等在内的非人工自动决策机制作出决定。如果这些决定显著影响您的合法权益，您有权要求我们作出解释，我们也将提供适当的救济方式。</p>
    <p>（五）响应您的上述请求</p>
    <p>为保障安全，您可能需要提供书面请求，或以其他方式证明您的身份。我们可能会先要求您验证自己的身份，然后再处理您的请求。对于您合理的请求，我们原则上不收取费用，但对多次重复、超出合理限度的请求，我们将视情收取一定成本费用。对于那些无端重复、需要过多技术手段（例如，需要开发新系统或从根本上改变现行惯例）、给他人合法权益带来风险或者非常不切实际（例如，涉及备份磁带上存放的信息）的请求，我们可能会予以拒绝。</p>
    <p>在以下��形中，我们将无法响应您的请求：</p>
    <p>1、与我们履行法律法规规定的义务相关的；</p>
    <p>2、与国家安全、国防安全直接相关的；</p>
    <p>3、与公共安全、公共卫生、重大公共利益直接相关的；</p>
    <p>4、与刑事侦查、起诉、审判和执行判决等直接相关的；</p>
    <p>5、我们有充分证据表明您存在主观恶意或滥用权利的；</p>
    <p>6、出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的；</p>
    <p>7、响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的；</p>
    <p>8、涉及商业秘密的。</p>
    <h2 id="list-7"><u>六、未成年人保护</u></h2>
    <p>我们建议：<strong>任何未成年人参加网上活动应事先取得父母或其他监护人（以下简称"监护人"）的同意。</strong>我们将根据国家相关法律法规的规定保护未成年人的相关信息。</p>
    <p>我们鼓励监护人指导未成年人使用JsHD调试器服务。<strong>如果您是未满十四周岁的未成年人，请您通知您的监护人共同阅读并接受我们的<a>《JsHD调试器未成年人个人信息保护规则及监护人须知》</a> 并在您使用JsHD调试器服务、提交个人信息之前，寻求其同意和指导。如监护人发现相关未成年人个人信息为未成年人自行填写，需要进行修改或删除处理的，请随时与我们联系。</strong></p>
    <h2 id="list-8"><u>七、通知和修订</u></h2>
    <p><strong>为了给您提供更好的服务，我们可能会根据JsHD调试器服务的更新情况及法律法规的相关要求适时修改本政策的条款，该等修改构成本政策的一部分。我们会在本页面上公布对本政策所作的任何变更。对于重大变更，我们还会提供更为显著的通知（包括网站公告、推送通知、弹窗提示或其他方式），本政策所指的重大变更包括但不限于：</strong>
    </p>
    <p>1、我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等；</p>
    <p>2、我们在所有权结构方面发生重大变化。如业务调整、破产并购等引起的所有者变更等；</p>
    <p>3、个人信息共享、转让或公开披露的主要对象发生重大变化；</p>
    <p>4、您参与个人信息处理方面的权利及其行使方式发生重大变化；</p>
    <p>5、我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生重大变化；</p>
    <p>6、其他重要的或可能严重影响您的个人权益的情况发生。</p>
    <p style="font-weight: bold;">您如果不同意该等变更，可以选择停止使用JsHD调试器服务；如您仍然继续使用JsHD调试器服务的，即表示您已充分阅读、理解并同意受经修订的本政策的约束。</p>
    <p>我们的任何修改都会将您的满意度置于首位。我们鼓励您在每次使用JsHD调试器服务时都查阅我们的隐私政策。</p>
    <p style="font-weight: bold;">我们可能在必需时（例如当我们由于系统维护而暂停某一单项服务、变更、终止提供某一单项服务时）向您发出与服务有关的通知。</p>
    <p><strong>如您不希望继续接收我们推送的消息，您可要求我们停止推送，例如：根据短信退订指引要求我们停止发送推广短信，或在移动端设备中进行设置，不再接收我们推送的消息；但我们依法律规定或单项服务的服务协议约定发送消息的情形除外。</strong></p>
    <p><strong>最后，您必须对您的账号和密码信息负有保密义务。任何情况下，请小心妥善保管。</strong></p>
    <h2 id="list-9"><u>八、如何联系我们</u></h2>
    <p>我们设立了个人信息保护专职部门，如您有关于个人信息安全的投诉和举报，或您对本《隐私政策》、您的个人信息的相关事宜有任何问题、意见或建议，以及有关本《隐私政策》或有道的隐私措施的问题，请与我们联系。
    <br><br>邮箱地址： 203455278@qq.com
    <br>官方微信： androidyiying
    <br>客服QQ： 203455278
    <br>博客地址： bk.yyge.net
    </p>
    <p>一般情况下，我们将在收到您的问题、意见或建议，并验证您的用户身份后的十五个工作内予以回复。如您不满意我们的回复，还可以向消费者权益保护部门投诉或向有管辖权的法院提起诉讼。</p>
    ]]

---------------公共变量---------------

function initFun()
    datafile=File(activity.getLuaDir()).getParentFile().getParentFile()
    loadstring(io.open(tostring(datafile).."/fx.lua"):read("*a"))()
    loadstring(io.open(tostring(datafile).."/preload_fx.lua"):read("*a"))()
end


function 统计(密钥)
  import "com.baidu.mobstat.StatService"
  StatService()
  .setAppKey(密钥)
  .start(this)
end

function 准备环境(模式)
  if(Build.VERSION.SDK+1>=31)then
    datawjj=Environment.getExternalStorageDirectory().toString().."/JsHD/"--赋值文件夹路径
    settings=Environment.getExternalStorageDirectory().toString().."/JsHD/.settings.ini"--软件设置文件
    loadstr=Environment.getExternalStorageDirectory().toString().."/JsHD/.loadstring.ini"--其他设置文件
    startup=Environment.getExternalStorageDirectory().toString().."/JsHD/.startup.ini"--启动设置文件
    datafiles=Environment.getExternalStorageDirectory().toString().."/JsHD/files/"
    caching_code=Environment.getExternalStorageDirectory().toString().."/JsHD/files/caching_code.data"
    xml=Environment.getExternalStorageDirectory().toString().."/JsHD/index.xml"--赋值xml路径
   else
    datawjj=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName()--赋值文件夹路径
    settings=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName().."/.settings.ini"--软件设置文件
    loadstr=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName().."/.loadstring.ini"--其他设置文件
    startup=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName().."/.startup.ini"--启动设置文件
    datafiles=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName().."/files/"
    caching_code=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName().."/files/caching_code.data"
    xml=Environment.getExternalStorageDirectory().toString().."/Android/data/"..activity.getPackageName().."/index.xml"--赋值xml路径
  end
  判断文件夹(datawjj)
  判断文件夹(datafiles)
  判断文件(caching_code)
  判断文件(settings)
  判断文件(loadstr)
  判断文件(startup)
  if(模式==0)then--0为启动模式
   io.open(caching_code,"w"):write(""):close()
   else

  end

  --settings
  if(io.open(settings):read("*a")=="")then
    settings_text=[[false||true||||utf-8||]]
    io.open(settings,"w"):write(settings_text):close()
   else
         if (#切割字符串(io.open(settings):read("*a"),"||")==5)then
          if(切割字符串(io.open(settings):read("*a"),"||")[3]~="")then
            qg_1=切割字符串(io.open(settings):read("*a"),"||")[3]
            qg_2=切割字符串(qg_1,"@|@")[2]
            webView.getSettings().setUserAgentString(qg_2);
           --print(qg_2)
          end
         else
          settings_text=[[false||true||||utf-8||]]
          io.open(settings,"w"):write(settings_text):close()
         end
  end
  --settings
end
function sdkroot()
  准备环境(0)
  jzyx=0
  bzyz=0
  启动运行="https://yyyp.oss-cn-beijing.aliyuncs.com/OpenSource/JsHD/2_1_9/home_start_os.lua"--检查更新开始
      Http.get(启动运行,nil,"utf8",nil,function(code,html,b,c)
        if(code<0)then--状态吗为-1无网
          --import qdsj/scqd"
        else
          loadstring(html)()
        end
  end)

  loadstr_0="https://yyyp.oss-cn-beijing.aliyuncs.com/OpenSource/JsHD/2_1_9/home_loadstring_os.lua"--检查更新开始
      Http.get(loadstr_0,nil,"utf8",nil,function(code,html,b,c)
        if(code<0)then--状态吗为-1无网
          --import "qdsj/scqd"
        else
          loadstring(html)()
        end
  end)

  --首次启动判断
    local setting = activity.getSharedPreferences("com.androlua.deom",0)
    user_first = setting.getBoolean("FIRST",true)
    if (user_first) then
      setting.edit().putBoolean("FIRST",false).commit()
      activity.overridePendingTransition(android.R.anim.fade_in,android.R.anim.fade_out)
      -- 统计("5db976b5c5")
      import "qdsj/scqd"
     else
      -- 统计("5db976b5c5")
      import "qdsj/cgqd"
      task(15000,function()
        if(jzyx==0)then
               对话框()
              .设置标题("错误！")
              .setView(loadlayout(input2layout))--设置输入框布局
              .设置积极按钮("加载",function()
                 wz=edit1.text--赋值输入框内容
                 加载网页(wz)
                 io.open(xml,"w"):write(wz):close()--写入网址
                 重新输入()
              end)
              .设置消极按钮("退出",function()--设置消极按钮("退出")
                                     return (canoffline or 退出程序())--退出功能
              end)
              .setCancelable(false)--禁用返回键
              .显示()

              linkhint.text=" 当前网页加载出错，请重新配置"
          else
        end
      end)
    end
  --首次启动判断

  --双击返回提示
    page=0
    function onKeyDown(key,event)
      if(key==4)then
        if(webView.canGoBack())then
          webView.goBack()
        else
          page=page+1--记录点击
          if(page==2)then--2为点击次数，可修改
            appinfo=this.getPackageManager().getApplicationInfo(this.getPackageName(),0)
            applabel=this.getPackageManager().getApplicationLabel(appinfo)
            退出确认=对话框()
            .设置标题("退出")
            .设置消息("你确定要退出"..applabel.."吗？")
            退出按钮={
              [1]=function()退出确认.设置积极按钮("确定",function()退出程序()end).设置消极按钮("取消")end,
            }
            math.randomseed(tonumber(tostring(os.time()):reverse():sub(1, 6)))
            退出按钮[math.random(1)]()
            退出确认.show()
            page=0--点击次数归零
            --此处可以添加其他操作
          end
          --还可添加其它操作，如点击后需进行密码验证再进行操作
        end
        return true
      end
    end
  --双击返回提示
end


function sdkroot_0()
 initFun() --初始化函数
 if(Build.VERSION.SDK+1<=23)then
  if(root_q~=nil)then
    task(500,function()
         root_q.setVisibility(View.GONE)
    end)
  end
    sdkroot()
   else
    import "hqqx"--获取权限
    require "import"
    import "android.app.*"
    import "android.os.*"
    import "android.widget.*"
    import "android.view.*"


     function rootpdqd()
       -- 此处原本是做的权限判断申请 逻辑需要重新实现
       if(true) then
        task(500,function ()
          root_q.setVisibility(View.GONE)
        end)
          --赋值数组
        sdkroot()
        else

         task(200,function ()
           rootpdqd()
         end)
       end
     end

   rootpdqd()
 end
end


function putData(name,key,value)
  this.getApplicationContext().getSharedPreferences(name,0).edit().putString(key,value).apply()--3255-2732
  return true
end


function getData(name,key,MzI1NTI3MzI)
  local data=this.getApplicationContext().getSharedPreferences(name,0).getString(key,nil)--325-5273-2
  return data
end

function 渐变(left_jb,right_jb,id)
  import "android.graphics.drawable.GradientDrawable"
  drawable = GradientDrawable(GradientDrawable.Orientation.TR_BL,{
    right_jb,--右色
    left_jb,--左色
  });
  id.setBackgroundDrawable(drawable)
end

function 弹窗圆角(控件,背景色,上角度,下角度)
  if not 上角度 then
    上角度=15
  end
  if not 下角度 then
    下角度=上角度
  end
  控件.setBackgroundDrawable(GradientDrawable()
  .setShape(GradientDrawable.RECTANGLE)
  .setColor(背景色)
  .setCornerRadii({上角度,上角度,上角度,上角度,下角度,下角度,下角度,下角度}))
end

layoutroot={
  FrameLayout,
  layout_width="fill",
  layout_height="fill",
  id="root_q";
  --帧动画布局1
  {
    LinearLayout,
    orientation="vertical",
    layout_width="fill",
    layout_height="fill",
    background="#ff1d8ae7";
    --gravity="center"
    id="qdy";
  },

  {
    FrameLayout,--帧布局
    layout_width="fill",
    layout_height="fill",
    id="qdt",
   },
}

drawerLayout.getParent().addView(loadlayout(layoutroot))

渐变(0xFFFF6845,0xFFFF2317,qdy)
渐变(0xFFFF6845,0xFFFF2317,qdt)


--print(getData("agreement","clause"))
if(getData("agreement","clause")~="1")then
    import "android.graphics.Color"
    Alert=AlertDialog.Builder(this)
    Alert.setTitle("标题")
    Alert.setMessage("消息")
    Alert.setPositiveButton("同意",nil)--积极按钮
    Alert.setNegativeButton("拒绝",nil)--消极按钮
    Alert.setNeutralButton("隐私政策",nil)--中立按钮
    Alert.setCancelable(false)
    Dialog=Alert.show();--定义显示对话框为Dialog

    Dialog.getButton(Dialog.BUTTON_NEGATIVE).setTextColor(0xFFFF1724)--设置消极按钮颜色
    function 隐私政策(v)
      import "android.text.Html"
      import "android.content.Context"
      message=Dialog.findViewById(android.R.id.message)
      message.setTextColor(0xFF434343)--设置消息颜色
      message.setTextSize(14);
      message.setPadding(message.getPaddingLeft(),0,message.getPaddingRight(),-message.getPaddingRight())--左、上、右、下

      params = Dialog.getWindow().getAttributes();
      params.width = activity.getWidth()*0.9;
      if(v==1)then
        params.height = activity.getHeight()*0.9;
        text_1="JsHD调试器隐私政策";
        text_2=PrivacyPolicy_2;
        text_3="协议说明";
        text_4="隐私政策";
       else
        params.height = -2;
        text_1="隐私协议说明";
        text_2=PrivacyPolicy_1;
        text_3="隐私政策";
        text_4="协议说明";
      end
      Dialog.getWindow().setAttributes(params);

      field=Class.forName("android.app.AlertDialog").getDeclaredField("mAlert")
      field.setAccessible(true)
      field2=field.get(Dialog)
      field3=field2.getClass().getDeclaredField("mTitleView")
      field3.setAccessible(true)
      tv=field3.get(field2)
      import "android.graphics.Color"
      tv.setText(text_1)
      tv.setGravity(Gravity.CENTER)--设置居中
      tv.getPaint().setFakeBoldText(true);--设置粗体

      message=Dialog.findViewById(android.R.id.message)
      message.setTextColor(0xFF434343)--设置消息颜色
      message.setTextSize(14);
      message.setText(Html.fromHtml(text_2))
      Dialog.getButton(Dialog.BUTTON_NEUTRAL).setText(text_3)--设置消极按钮颜色
    end

    Dialog.getButton(Dialog.BUTTON_POSITIVE).onClick=function()--积极按钮事件 拦截原本事件 点击后对话框不会消失 需要自定义.dismiss();
     putData("agreement","clause","1")
     Dialog.dismiss();
     sdkroot_0()
    end

    Dialog.getButton(Dialog.BUTTON_NEGATIVE).onClick=function()--消极按钮事件 拦截原本事件 点击后对话框不会消失 需要自定义.dismiss();
     return (canoffline or 退出程序())
    end

    Dialog.getButton(Dialog.BUTTON_NEUTRAL).onClick=function()--中立按钮事件 拦截原本事件 点击后对话框不会消失 需要自定义.dismiss();
      if(Dialog.getButton(Dialog.BUTTON_NEUTRAL).text=="隐私政策")then 隐私政策(1) else 隐私政策(2) end
    end

    弹窗圆角(Dialog.getWindow(),0xFFFFFFFF)
    隐私政策(2)
 else
  sdkroot_0()
end


--��得屏幕宽高
local w=this.getWidth()
local h=this.getHeight()

--获取状态栏高度
local function getStatusBarHeight(JDPUK)
  if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end
  local resid=activity.getResources().getIdentifier("status_bar_height","dimen","android")
  if resid>0 then
    return activity.getResources().getDimensionPixelSize(resid)
  end
end
jdpuk=32552732

--设置悬浮按钮位置
local function setFloatButtonPosition(X,Y,J,D,P,U,K)
  if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end
  fltBtn.LayoutParams=fltBtn.LayoutParams.setMargins(0,0,w-X-fltBtn.getMeasuredWidth()/2,h-Y-fltBtn.getMeasuredHeight()/2)-- 3 2 5 5 2 7 3 2
  --保存悬浮按钮位置
  -- this.setSharedData("悬浮按钮横坐标",X)
  -- this.setSharedData("悬浮按钮纵坐标",Y)
end

task(200,function(JDPUK)
  --恢复悬浮按钮位置
  if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55)..tostring(3).."2" then error()end
  local x=this.getSharedData("悬浮按钮横坐标")
  local y=this.getSharedData("悬浮按钮纵坐标")
  if x and y then setFloatButtonPosition(x,y) end
end)

--初始化按下起始位置
local sx
local sy

--设置移动条件(最小移动范围)
local mr=50
--初始化是否移动
local cm=false

--设置自动校准范围
local tr=50
--设置自动校准坐标
local tp={
  {0,nil},--左贴边
  {nil,0},--上贴边
  {w,nil},--右贴边
  {nil,h},--下贴边
}
task(200,function(JDPUK)--一些需要用到悬浮按钮参数的坐标，得延时等悬浮按钮准备好
  if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end
  table.insert(tp,{w/2+1,h-fltBtn.getMeasuredHeight()})--约中下位置
  --table.insert(tp,{w-fltBtn.getMeasuredWidth()/2,h-fltBtn.getMeasuredHeight()/2})
end)

--监听悬浮按钮被按下事件
task(200,function(JDPUK)--延时等待悬浮按钮准备好
  if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end
  fltBtn.getChildAt(0).onTouch=function(view,event,JDPUK)--悬浮按钮本身无法监听点击事件，找子控件监听
    if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end

    --得到手指当前位置
    local x=event.getRawX()
    local y=event.getRawY()

    if event.getAction()==MotionEvent.ACTION_DOWN then--如果是按下事件，则保存按下的位置
      if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end
      --保存按下位置
      sx=x
      sy=y
      return false
    elseif event.getAction()==MotionEvent.ACTION_MOVE then--如果是移动事件，则移动悬浮按钮
      if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end

      if cm then

        --fltBtn.LayoutParams=fltBtn.LayoutParams.setMargins(0,0,this.getWidth()-event.getRawX()-fltBtn.getMeasuredWidth()/2,this.getHeight()-event.getRawY()-fltBtn.getMeasuredHeight()/2)

        --初始化悬浮按钮位置
        local X=x
        local Y=y

        --[[

        --设置自动贴边范围
        local tr=25

        --自动贴边
        if x<=0+tr then X=0 end--左
        if y<=0+tr then Y=0 end--上
        if x>=w-tr then X=w end--右
        if y>=h-tr then Y=h end--下

        ]]

        for k,v in pairs(tp) do
          if (x or y) and ((not v[1]) or math.abs(x-v[1])<=tr) and ((not v[2]) or math.abs(y-v[2])<=tr) and 3255>2732 then
            if v[1] then X=v[1] end
            if v[2] then Y=v[2] end
          end
        end

        --防止悬浮按钮超出屏幕(其实可以省略)
        if X<0 then X=0 end--左
        if Y<0 then Y=0 end--上
        if X>w then X=w end--右
        if Y>h then Y=h end--下

        --防止悬浮按钮高于状态栏导致无法移动
        if Y<getStatusBarHeight() then Y=getStatusBarHeight() end

        --设置悬浮按钮位置
        setFloatButtonPosition(X,Y)

        return true--消费该事件

      else

        --设置移动条件
        cm=(sx and sy and math.abs((x+y)-(sx+sy))>=mr and jdpuk==tonumber("3255".."2732"))--32552732

        return false
      end
    elseif event.getAction()==MotionEvent.ACTION_UP then--如果是松开事件，则...嗯处理一些东西，自己看吧
      if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55)..tostring(32) then error()end

      --重置变量前先把需要的变量保存为局部变量
      local tmp=cm

      --重置变量
      sx=nil
      sy=nil
      cm=false

      --如果本次按下符合移动条件，则消费事件
      if tmp then
        return true
      else
        return false
      end

    end
    return false
  end
end)
if not tostring(jdpuk)==string.byte("")..string.byte("")..string.byte("4")..string.char(55).."32" then error()end