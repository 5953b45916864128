<html>
<head>
    <meta charset="UTF-8">
    <meta name="viewport"
          content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1, user-scalable=no">
    <meta name="format-detection" content="telephone=no">
    <meta name="apple-mobile-web-app-capable" content="yes">
    <meta name="apple-mobile-web-app-status-bar-style" content="default">
    <meta name="screen-orientation" content="portrait">
    <meta name="x5-orientation" content="portrait">
    <meta http-equiv="X-UA-Compatible" content="IE=Edge;chrome=1">
    <title>思睿门店通隐私政策</title>
</head>

<body>
<div style="margin: 0 10px 20px 10px;">
    <h1 style="text-align:center;"><span style="font-size:18px">“思睿门店通”隐私政策</span></h1>
    <p></p>
    <p><span style="font-size:14px">更新日期：2025年3月27日</span></p>
    <p><span style="font-size:14px">生效日期：2025年4月3日</span></p>
    <p></p>
    <p><strong><u><span style="font-size:14px">“思睿门店通”指杭州思睿博志信息技术有限公司及其关联方（以下简称“我们”）合法拥有并运营的、标注名称为思睿门店通的客户端应用程序、官方网站（siruiw.cn）以及供第三方网站和应用程序使用的软件开发工具包（SDK）和应用程序编程接口（API）。</span></u></strong>
    </p>
    <p><span style="font-size:14px">我们作为思睿门店通的运营者，深知个人信息对您的重要性，我们将按照法律法规的规定，保护您的个人信息及隐私安全。我们制定本隐私政策并特别提示：<strong><u>希望您在使用思睿门店通及相关服务前仔细阅读并理解本隐私政策，以便作出适当的选择</u>。</strong></span>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">概要</span></strong></p>
    <p><span style="font-size:14px">我们将通过本隐私政策向您介绍不同场景下我们如何处理个人信息。当您开启或使用思睿门店通时，为实现您选择使用的功能、服务，或为遵守法律法规的要求，我们会处理相关信息。我们将在隐私政策中逐项说明相关情况，<strong><u>有关您个人信息权益的重要条款已用加粗形式提示，请特别关注</u>。</strong></span>
    </p>
    <p><span style="font-size:14px">除本隐私政策外，在特定场景下，我们还会通过即时告知（含弹窗、页面提示等）、功能更新说明等方式，向您说明对应的信息收集目的、范围及使用方式，这些即时告知及功能更新说明等构成本隐私政策的一部分，并与本隐私政策具有同等效力。</span>
    </p>
    <p></p>
    <p><span style="font-size:14px">下文将帮您详细了解我们如何收集、使用、存储、传输、公开与保护个人信息；帮您了解查询、更正、补充、删除、复制、转移个人信息的方式。其中，<strong><u>有关您个人信息权益的重要内容已用加粗形式提示，请特别关注</u></strong>。</span>
    </p>
    <p></p>
    <p><span style="font-size:14px"><strong>1.</strong></span> <span
            style="font-size:14px"><strong>我们如何收集和使用个人信息</strong></span></p>
    <p><span style="font-size:14px"><strong>2.</strong></span> <span style="font-size:14px"><strong>数据使用过程中涉及的合作方以及转移、公开个人信息</strong></span>
    </p>
    <p><span style="font-size:14px"><strong>3.</strong></span> <span
            style="font-size:14px"><strong>管理您的个人信息</strong></span></p>
    <p><span style="font-size:14px"><strong>4.</strong></span> <span
            style="font-size:14px"><strong>我们如何保护个人信息的安全</strong></span></p>
    <p><span style="font-size:14px"><strong>5.</strong></span> <span
            style="font-size:14px"><strong>我们如何存储个人信息</strong></span></p>
    <p><span style="font-size:14px"><strong>6.</strong></span> <span
            style="font-size:14px"><strong>未成年人条款</strong></span></p>
    <p><span style="font-size:14px"><strong>7.</strong></span> <span
            style="font-size:14px"><strong>隐私政策的查阅和修订</strong></span></p>
    <p><span style="font-size:14px"><strong>8.</strong></span> <span
            style="font-size:14px"><strong>联系我们</strong></span></p>
    <p></p>
    <p><span style="font-size:14px"><strong>1</strong></span> <span
            style="font-size:14px"><strong>我们如何收集和使用个人信息</strong></span></p>
    <p><strong><span style="font-size:14px">1.1 账号服务</span></strong></p>
    <p><strong><span style="font-size:14px">1.1.1 注册、登录</span></strong></p>
    <p><span
            style="font-size:14px"><strong><u>您可以使用第三方账号注册、登录并使用思睿门店通（以下简称“账号”或“思睿门店通账号”）。</u></strong>如您此前未注册思睿门店通账号，则当您使用手机号注册一个账号，您可以通过该账号登录并使用思睿门店通。</span>
    </p>
    <p><span style="font-size:14px">当您使用第三方账号注册、登录思睿门店通，您授权我们获取您在第三方平台的信息（头像、昵称等公开信息以及您授权的其他信息），用于生成与该第三方账号绑定的思睿门店通账号，使您可以直接注册、登录并使用思睿门店通和相关服务。部分情况下，我们需要重新验证并绑定您的手机号码，以确认该第三方账号的真实性和关联性。</span>
    </p>
    <p><strong><span style="font-size:14px">1.1.2 思睿门店通账号服务</span></strong></p>
    <p><span
            style="font-size:14px"><strong><u>为了满足相关法律法规要求、帮助您获得更便捷的使用体验，您注册时的手机号是您用以登录并使用思睿门店通的凭证。</u></strong>收集手机号码是履行国家法律法规关于网络实名制（真实身份信息认证）要求的必要信息，如果您拒绝提供手机号码用于注册、登录思睿门店通，我们可能无法为您提供门店管理相关功能和服务。</span>
    </p>
    <p><span style="font-size:14px">我们发布违规处罚公告时，会公布违规账号的名称等信息。</span></p>
    <p><strong><span style="font-size:14px">1.2 信息发布</span></strong></p>
    <p><span style="font-size:14px">您在思睿门店通主动上传、发布商品项目的图片、视频时，我们会根据您使用的功能和服务类型请求您授权<strong><u>相册权限</u></strong>。如果您拒绝授权，将无法使用相应发布功能，但不影响您使用思睿门店通的其他功能。</span>
    <p><strong><span style="font-size:14px">1.3 其他功能</span></strong></p>
    <p><strong><span style="font-size:14px">1.3.1 消息通知</span></strong></p>
    <p><span style="font-size:14px">您知悉并同意，我们在运营中可能会通过您在使用产品及/或服务的过程中所提供的联系方式（例如：电话号码），向您同时发送一种或多种类型的通知，例如消息告知、身份验证、安全验证、用户使用体验调研；此外，我们也可能会以短信、电话的方式，为您提供您可能感兴趣的服务、功能或活动等商业性信息。但请您放心，如您不愿接受这些信息，您可以通过手机短信中提供的退订方式进行退订，也可以直接与我们联系进行退订。</span>
    </p>
    <p><span
            style="font-size:14px">我们会通过您的设备的系统通知，向您推送您的门店会员、订单、推荐内容等，您可选择在设备中关闭思睿门店通的通知功能。</span>
    </p>
    <p><strong><span style="font-size:14px">1.4 运营与安全运行</span></strong></p>
    <p><span style="font-size:14px">我们致力于为您提供安全、可信的产品与使用环境，提供优质而可靠的服务与信息是我们的核心目标。为了维护相关产品或服务的正常稳定运行，保护您或其他用户或公众的安全及合法利益，我们会收集如下必要信息：</span>
    </p>
    <p><span style="font-size:14px">（1）为了保障软件与服务的安全运行、运营的质量及效率，在您使用思睿门店通的过程中，我们会收集您的硬件型号、操作系统版本号、设备标识符（Android如AndroidID、OAID、硬件序列号（SN），iOS如IDFV、IDFA；不同的标识符在有效期、是否可由用户重置以及获取方式方面会有所不同）、网络设备硬件地址（设备MAC地址）、运营商统一匿名标识符、IP 地址、WLAN接入点（如SSID，BSSID）、蓝牙（Bluetooth）、基站、软件版本号、网络接入方式/类型/状态、网络质量数据、操作/使用/服务日志、设备传感器数据（如加速度传感器）等数据。</span>
    </p>
    <p><span style="font-size:14px">（2）为了预防恶意程序、保障运营质量及效率，在您使用思睿门店通的过程中，我们会收集安装的应用列表信息、软件列表或正在运行的进程信息、应用程序的总体运行、使用情况与频率、应用崩溃情况、总体安装使用情况、性能数据、应用来源。</span>
    </p>
    <p><span style="font-size:14px">（3）我们可能收集您使用思睿门店通的过程中产生的账号信息、设备信息、服务日志信息，使用上述信息以及我们的关联方、合作方获得您授权或依法可以提供给我们的信息，用于判断账号安全、交易安全、进行身份验证、识别违法违规情况、检测及防范安全事件，并依法采取必要的记录、分析、处置措施。</span>
    </p>
    <p><strong><span style="font-size:14px">1.5 Cookie等同类技术的使用</span></strong></p>
    <p><span style="font-size:14px">Cookie 和设备信息标识等同类技术是互联网中普遍使用的技术。当您使用思睿门店通及相关服务时，我们可能会使用相关技术向您的设备发送一个或多个Cookie 或匿名标识符，以收集、标识您访问、使用思睿门店通时的信息。我们承诺，不会将Cookie 用于本隐私政策所述目的之外的任何其他用途。我们使用Cookie和同类技术主要为了实现以下功能或服务：</span>
    </p>
    <p><span style="font-size:14px">（1）保障产品与服务的安全、高效运转：我们可能会设置认证与保障安全性的Cookie 或匿名标识符，使我们确认您是否安全登录服务，或者是否遇到盗用、欺诈及其他不法行为。这些技术还会帮助我们改进服务效率，提升登录和响应速度。</span>
    </p>
    <p><span
            style="font-size:14px">（2）帮助您获得更轻松的访问体验：使用此类技术可以帮助您省去重复填写个人信息、输入搜索内容的步骤和流程（示例：记录搜索、表单填写）。</span>
    </p>
    <p><span style="font-size:14px">（3）Cookie的清除：如您使用思睿门店通网页版，大多数浏览器均为用户提供了清除浏览器缓存数据的功能，您可以在浏览器设置中操作清除Cookie数据，但清除后可能无法使用由我们提供的、依赖于Cookie的功能或服务。</span>
    </p>
    <p><strong><span style="font-size:14px">1.6 服务内容的变更</span></strong></p>
    <p><span style="font-size:14px">请您了解，随着我们业务的发展，可能会调整思睿门店通提供的产品或服务。如调整变化后的产品或服务所处理个人信息的目的、方式和范围发生变化的，我们会再次向您告知，并根据法律法规的相关要求征得您的同意。</span>
    </p>
    <p><strong><span style="font-size:14px">1.7 依法豁免征得同意处理个人信息</span></strong></p>
    <p><span style="font-size:14px">请您理解，在下列情形中，根据法律法规，我们处理您的个人信息无需征得您的授权同意：</span>
    </p>
    <p><span style="font-size:14px">（1）根据您的要求订立或履行合同所必需；</span></p>
    <p><span
            style="font-size:14px">（2）为履行法定职责或者法定义务所必需，例如与国家安全、国防安全、与刑事侦查、起诉、审判和判决执行等直接相关的法定职责或者法定义务；</span>
    </p>
    <p><span
            style="font-size:14px">（3）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；</span>
    </p>
    <p><span style="font-size:14px">（4）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；</span></p>
    <p><span
            style="font-size:14px">（5）在合理的范围内处理您自行公开的个人信息，或者其他已经合法公开的个人信息（如合法的新闻报道、政府信息公开等渠道合法公开的个人信息）；</span>
    </p>
    <p><span style="font-size:14px">（6）法律法规规定的其他情形。</span></p>
    <p><strong><u><span style="font-size:14px">特别说明：根据法律规定，如信息无法单独或结合其他信息识别到特定个人的，其不属于个人信息。当您的信息可以单独或结合其他信息识别到您时，或我们把没有与任何特定个人建立联系的数据与您的个人信息结合使用时，我们会将其作为您的个人信息，按照本隐私政策进行处理与保护。</span></u></strong>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">2 数据使用过程中涉及的合作方以及转移、公开个人信息</span></strong></p>
    <p><strong><span style="font-size:14px">2.1 数据使用过程中涉及的合作方</span></strong></p>
    <p><strong><span style="font-size:14px">2.1.1 基本原则</span></strong></p>
    <p><span style="font-size:14px">我们与合作方合作过程中，将遵守以下原则：</span></p>
    <p><span style="font-size:14px">（1）合法原则：涉及数据处理活动的，应当遵守合法原则。</span></p>
    <p><span style="font-size:14px">（2）正当与最小必要原则：数据使用必须具有正当目的，且应以达成目的必要为限。</span></p>
    <p><span style="font-size:14px">（3）安全审慎原则： 我们将审慎评估合作方使用数据的目的，对这些合作方的安全保障能力进行综合评估，并要求其遵循合作法律协议。我们会对合作方获取信息的软件工具开发包（SDK）、应用程序接口（API）进行严格的安全监测，以保护数据安全。</span>
    </p>
    <p><span style="font-size:14px"><a
                href="https://lf26-cdn-tos.draftstatic.com/obj/ies-hotsoon-draft/vco/jimeng_information_sharing_checklist.html"
                data-href="https://lf26-cdn-tos.draftstatic.com/obj/ies-hotsoon-draft/vco/jimeng_information_sharing_checklist.html"
                rel="noopener noreferrer">第三方信息共享清单</a></span></p>
    <p><strong><span style="font-size:14px">2.1.2 委托处理</span></strong></p>
    <p><span
            style="font-size:14px">对于委托处理个人信息的场景，我们会与受托合作方根据法律规定签署相关处理协议，并对其个人信息使用活动进行监督。</span>
    </p>
    <p><strong><span style="font-size:14px">2.1.3 共同处理</span></strong></p>
    <p><span
            style="font-size:14px">对于共同处理个人信息的场景，我们会与合作方根据法律规定签署相关协议并约定各自的权利和义务，确保在使用相关个人信息的过程中遵守法律的相关规定、保护数据安全。</span>
    </p>
    <p><strong><span style="font-size:14px">2.1.4 合作方的范围</span></strong></p>
    <p><span
            style="font-size:14px">若具体功能和场景中涉及由我们的关联方、第三方提供服务，则合作方范围包括我们的关联方与第三方。</span>
    </p>
    <p><strong><span style="font-size:14px">2.2 合作的场景</span></strong></p>
    <p><strong><span style="font-size:14px">2.2.1 实现思睿门店通内的功能或服务</span></strong></p>
    <p><span style="font-size:14px">当您使用思睿门店通中由我们的合作方提供的功能，或者由软件服务提供商、智能设备提供商、系统服务提供商与我们联合为您提供的服务时，我们可能会与其使用为实现业务目的所必需的信息，包括但不限于如下功能或服务：</span>
    </p>
    <p><span style="font-size:14px"><strong>（1）消息通知：</strong>为与您使用的终端机型适配消息推送功能，终端设备制造商（华为、小米、OPPO、VIVO等）可能通过SDK等技术使用您的手机型号、版本及相关设备信息（包括硬件型号、操作系统版本、设备标识符、设备传感器信息）。</span>
    </p>
    <p><span style="font-size:14px"><strong>（2）活动参与：</strong>当您选择参加我们举办的营销活动时，经过您的同意，我们与合作方可能需要使用您的姓名、<strong><u>通信地址</u></strong>、联系方式、<strong><u>银行账号</u></strong>等信息，以便合作方向您兑现活动奖励；与此同时，我们可能与合作方共享您的去标识化的设备信息，便于合作方在向您兑现活动奖励时进行身份验证，识别及过滤拦截作弊等违法违规情况。当您参与我们和关联方共同举办的营销活动时，可能会在多个参与活动的移动应用程序（简称“活动平台”）之间同步您参与活动的账号（含标识符）、参与成绩、进度、收益等信息，以保障您在活动中获得完整的服务体验。</span>
    </p>
    <p><strong><span style="font-size:14px">（3）客户服务：<u>为及时处理您的投诉、建议以及其他诉求，客户服务提供商需要使用您的账号及相关信息，以及时了解、处理和响应您的需求。如有必要，也可能需要使用您的手机号码或通过其他通讯方式与您取得联系。</u></span></strong>
    </p>
    <p><span style="font-size:14px"><strong>（4）支付服务：</strong>支付功能由与我们合作的第三方支付机构向您提供服务。第三方支付机构可能需要收集您的姓名、<strong><u>身份证号、银行卡类型及卡号</u></strong>、手机号码<strong>。<u>身份证号和银行卡相关信息是个人敏感信息</u></strong>，这些信息是支付功能所必需的信息，拒绝提供将导致您无法使用该功能，但不影响其他功能的正常使用。</span>
    </p>
    <p><strong><span style="font-size:14px">2.2.2 实现安全与统计分析</span></strong></p>
    <p><span style="font-size:14px"><strong>（1）保障使用安全：</strong>我们非常重视产品、服务和账号的安全性，为保障您和其他用户的账号与财产安全，使您和我们的正当合法权益免受不法侵害，我们的合作方可能会使用必要的设备、账号及日志信息。</span>
    </p>
    <p><span style="font-size:14px"><strong>（2）分析产品情况：</strong>为分析思睿门店通的产品和服务的稳定性，提供分析服务的合作方可能需要使用服务情况（崩溃、闪退记录）、设备标识信息、应用总体安装使用情况等信息。</span>
    </p>
    <p><span style="font-size:14px"><strong>（3）学术科研</strong>：为提升相关领域的科研能力，促进科技发展水平，我们在确保数据安全与目的正当的前提下，可能会与合作的科研院所、高校等机构使用去标识化或匿名化的数据。</span>
    </p>
    <p><strong><span style="font-size:14px">2.3 运营主体变更</span></strong></p>
    <p><span style="font-size:14px">随着业务的持续发展，我们将有可能进行合并、收购、资产转让，您的个人信息有可能因此而被转移。在发生前述变更时，我们将按照法律法规及不低于本隐私政策所载明的安全标准要求继受方保护您的个人信息，继受方变更原先的处理目的、处理方式的，我们将要求继受方重新征得您的授权同意。</span>
    </p>
    <p><strong><span style="font-size:14px">2.4 停止运营</span></strong></p>
    <p><span style="font-size:14px">如果我们停止运营产品或服务，将及时停止继续收集您的个人信息。我们会逐一送达通知或以公告的形式向您发送停止运营的告知，并对我们所持有的与已关停的产品或服务相关的个人信息进行删除或匿名化处理。</span>
    </p>
    <p><strong><span style="font-size:14px">2.5 公开</span></strong></p>
    <p><span style="font-size:14px">我们不会主动公开您未自行公开的信息，除非遵循国家法律法规规定或者获得您的同意。</span>
    </p>
    <p><strong><span style="font-size:14px">2.6 依法豁免征得您的授权同意的情形</span></strong></p>
    <p><span
            style="font-size:14px">请您理解，在下列情形中，根据法律法规及国家标准，<strong><u>合作方使用，或我们转移、公开</u></strong>您的个人信息无需征得您的授权同意：</span>
    </p>
    <p><span style="font-size:14px">（1）根据您的要求订立或履行合同所必需；</span></p>
    <p><span
            style="font-size:14px">（2）为履行法定职责或者法定义务所必需，例如与国家安全、国防安全、与刑事侦查、起诉、审判和判决执行等直接相关的法定职责或者法定义务；</span>
    </p>
    <p><span
            style="font-size:14px">（3）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；</span>
    </p>
    <p><span style="font-size:14px">（4）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；</span></p>
    <p><span
            style="font-size:14px">（5）在合理的范围内处理您自行公开的个人信息，或者其他已经合法公开的个人信息（如合法的新闻报道、政府信息公开等渠道合法公开的个人信息）；</span>
    </p>
    <p><span style="font-size:14px">（6）法律法规规定的其他情形。</span></p>
    <p></p>
    <p><strong><span style="font-size:14px">3 管理您的个人信息</span></strong></p>
    <p><strong><u><span style="font-size:14px">我们非常重视您对个人信息的管理，并尽全力保护您对于您个人信息的查阅、复制、更正、补充、删除、撤回同意授权、注销账号、投诉举报等权利，以使您有能力了解并保障您的个人信息安全。</span></u></strong>
    </p>
    <p><strong><u><span style="font-size:14px">但请您理解，特定的业务功能和服务将需要您的信息才能得以完成，当您撤回同意或授权后，我们无法继续为您提供对应的功能和服务，也不再处理您相应的个人信息。但您撤回同意或授权的决定，不会影响我们此前基于您的授权而开展的个人信息处理。</span></u></strong>
    </p>
    <p><span style="font-size:14px">以下描述仅适用于<strong><u>最新版本的思睿门店通手机客户端</u></strong>。我们在不同的版本或操作系统中提供的管理方式的路径可能有差异，请以实际为准。</span>
    </p>
    <p><strong><span style="font-size:14px">3.1 设置管理</span></strong></p>
    <p><strong><span style="font-size:14px">3.1.1 系统权限设置</span></strong></p>
    <p><span style="font-size:14px">（1）您可以在设备的设置功能中开启或关闭相册等权限，改变授权范围或撤回您的授权。撤回授权后我们将不再收集与这些权限相关的信息，但不会影响我们此前基于您的授权而开展的个人信息处理。您可以阅读<a
                href="https://lf3-cdn-tos.draftstatic.com/obj/ies-hotsoon-draft/vco/jimeng_app_permission_list.html"
                data-href="https://lf3-cdn-tos.draftstatic.com/obj/ies-hotsoon-draft/vco/jimeng_app_permission_list.html"
                rel="noopener noreferrer">思睿门店通应用权限申请与使用情况说明</a>，以了解思睿门店通申请和使用系统权限的情况。</span>
    </p>
    <p><strong><span style="font-size:14px">3.2 账号注销与账号信息删除</span></strong></p>
    <p><span
            style="font-size:14px">如您仅希望终止使用思睿门店通并删除思睿门店通的账号信息，可以选择通过思睿门店通手机客户端中的【我的】-右上角【设置】-【账号中心】-【账号注销】申请注销账号。</span>
    </p>
    <p><span style="font-size:14px">在您删除思睿门店通的账号信息或注销账号前，我们将验证您已授权给我们的个人身份、安全状态、设备信息等。您知悉并理解，删除思睿门店通的账号信息或注销账号的行为是不可逆的行为，当您删除账号信息或注销账号后，我们将删除有关您的相关信息，若删除个人信息从技术上难以实现，我们会进行匿名化处理，或停止除存储和采取必要的安全保护措施之外的处理，但法律法规另有规定的除外。</span>
    </p>
    <p><span style="font-size:14px">除上述外，如果您或其他有权主体对相关法律法规赋予的个人信息权利的行使，有任何主张、要求或者疑问，您可以在思睿门店通手机客户端中的【我】-右上角【设置】-【意见反馈】，进入用户反馈界面，或通过发送邮件至service@siruiw.cn与我们联系。</span>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">4 我们如何保护个人信息的安全</span></strong></p>
    <p><span style="font-size:14px">我们非常重视您的个人信息安全，将努力采取合理的安全措施来保护您的个人信息，确保我们的个人信息处理活动符合法律、行政法规或依法可适用的其他制度的要求，并防止未经授权的访问以及个人信息泄露、篡改、丢失。</span>
    </p>
    <p><strong><span style="font-size:14px">4.1 安全技术措施</span></strong></p>
    <p><span
            style="font-size:14px">我们会使用不低于行业通常水平的加密、去标识化技术、匿名化处理及相关合理可行的手段保护您的个人信息，并使用安全保护机制防止您的个人信息遭到恶意攻击。</span>
    </p>
    <p><strong><span style="font-size:14px">4.2 管理制度</span></strong></p>
    <p><span style="font-size:14px">我们会建立专门的安全部门、安全管理制度、数据安全流程保障您的个人信息安全。我们采取严格的数据使用和访问制度，确保只有授权人员才可访问您的个人信息。我们会定期对人员进行安全教育和培训，并适时对数据和技术进行安全审计。</span>
    </p>
    <p><span style="font-size:14px">我们会制定并组织实施个人信息安全事件应急预案，并在发生个人信息安全事件时立即启动应急预案，努力控制这些安全事件的影响，防止不利后果扩大。一旦发生或可能发生个人信息安全事件（泄露、篡改、丢失）的，我们将按照法律法规的要求，及时向您告知以下情况：发生或者可能发生泄露、篡改、丢失的个人信息种类、原因和可能造成的危害，我们已采取的补救措施，您可以采取的减轻危害的措施以及与我们联系的方式。</span>
    </p>
    <p><span
            style="font-size:14px">我们将及时将事件相关情况以推送通知、邮件、信函、短信及相关形式告知您，难以逐一告知时，我们会采取合理、有效的方式发布公告。</span>
    </p>
    <p><span style="font-size:14px">同时，我们还将按照相关监管部门要求，上报个人信息安全事件的处置情况。</span></p>
    <p><strong><span style="font-size:14px">4.4 安全提示</span></strong></p>
    <p><span style="font-size:14px">尽管已经采取了上述合理有效措施，并已经遵守了相关法律法规要求的标准，<strong><u>但请您理解，由于技术的限制以及可能存在的各种恶意手段，在互联网行业，即便竭尽所能加强安全措施，也不可能始终保证信息百分之百的安全，我们将尽力确保您提供给我们的个人信息的安全性。</u></strong></span>
    </p>
    <p><strong><u><span style="font-size:14px">您知悉并理解，您接入我们的服务所用的系统和通讯网络，有可能因我们可控范围外的因素而出现问题。因此，我们强烈建议您采取积极措施保护个人信息的安全，包括但不限于不将自己的账号及相关个人信息透露给他人等。</span></u></strong>
    </p>
    <p><strong><u><span style="font-size:14px">您一旦离开思睿门店通，浏览或使用第三方提供的其他产品或服务，我们将没有能力和直接义务保护您向第三方提交的任何个人信息，无论您登录、浏览或使用上述产品或服务是否基于思睿门店通的链接或引导。但我们会提示您注意将进入第三方产品或服务，以便您更好地保护您的个人信息。</span></u></strong>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">5 我们如何存储个人信息</span></strong></p>
    <p><strong><span style="font-size:14px">5.1 存储地点</span></strong></p>
    <p><span
            style="font-size:14px">我们依照法律法规的规定，将在中华人民共和国境内运营过程中收集和产生的您的个人信息存储于境内。</span>
    </p>
    <p><strong><span style="font-size:14px">5.2 存储期限</span></strong></p>
    <p><span
            style="font-size:14px">5.2.1 我们仅会在为您提供思睿门店通产品或服务所必需的期间内保留您的个人信息，例如：</span>
    </p>
    <p><span
            style="font-size:14px">（1）手机号码：当您使用手机号码绑定账号后，我们需要持续保留您的手机号码，以便于向您提供正常的服务、应对您可能的查询和客诉并保障您的账号和系统安全。</span>
    </p>
    <p><span
            style="font-size:14px">（2）您发布的内容及相关信息，在您未撤回、删除或未注销账号之前，我们会予以保留用于向您提供持续的业务功能。</span>
    </p>
    <p><span
            style="font-size:14px">5.2.2 如果您注销账号、主动删除个人信息或信息超出必要的保存期限后，我们将对您的个人信息进行删除或匿名化处理，但以下情况除外：</span>
    </p>
    <p><span style="font-size:14px">（1）遵从法律法规有关信息留存的要求（例如《中华人民共和国电子商务法》规定：商品和服务信息、<strong><u>交易信息</u></strong>保存时间自交易完成之日起不少于三年）。</span>
    </p>
    <p><span style="font-size:14px">（2）出于财务、审计、争议解决等目的需要合理延长期限的。</span></p>
    <p></p>
    <p><strong><span style="font-size:14px">6 未成年人条款</span></strong></p>
    <p><span style="font-size:14px">思睿门店通的主要适用人群是成年人，但我们非常重视对未成年人个人信息的保护。</span></p>
    <p><span
            style="font-size:14px">（1）若您是18周岁以下的未成年人，在注册、登录、使用思睿门店通及相关服务前，应在您的父母或其他监护人的监护、指导下共同阅读并同意本隐私政策。</span>
    </p>
    <p><span
            style="font-size:14px">（2）若您是未成年人的监护人，在您的被监护人注册、登录、使用思睿门店通及相关服务前，您应当陪同、指导您的被监护人阅读并同意本隐私政策。</span>
    </p>
    <p><strong><u><span style="font-size:14px">（3）我们根据国家相关法律法规的规定保护未成年人的个人信息，只会在法律允许、父母或其他监护人明确同意或保护未成年人所必要的情况下收集、使用、共享或披露未成年人的个人信息。如果我们发现在未事先获得可证实的父母或其他监护人同意的情况下收集了未成年人的个人信息，则会设法尽快删除相关信息。</span></u></strong>
    </p>
    <p><span style="font-size:14px">（4）若您是未成年人的监护人，当您对您所监护的<strong><u>未成年人的个人信息</u></strong>有相关疑问时，请通过本隐私政策公示的联系方式与我们联系。</span>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">7 隐私政策的查阅和修订</span></strong></p>
    <p><strong><span style="font-size:14px">7.1 查阅</span></strong></p>
    <p><span style="font-size:14px">（1）您可以在注册登录页面，或者在思睿门店通手机客户端中的【我】-右上角【设置】-【相关协议】-【隐私政策】页面、思睿门店通网页版右上角【头像】-【隐私政策】页面查看本隐私政策。</span>
    </p>
    <p><span style="font-size:14px">（2）请您了解，为了满足运营需要，我们可能会根据您所使用的手机型号、系统版本、移动客户端等因素开发不同的版本，因此在您使用特定版本时，思睿门店通的功能可能与本隐私政策描述的有所区别，但不会影响数据处理的目的、方式和范围，具体可用功能以您实际使用的情况为准。</span>
    </p>
    <p><strong><span style="font-size:14px">7.2 更新及通知</span></strong></p>
    <p><span
            style="font-size:14px">（1）为了给您提供更好的服务，思睿门店通产品和服务将不时更新与变化，我们会适时对本隐私政策进行修订。未经您明确同意，我们不会削减您依据当前生效的隐私政策所应享受的权利。</span>
    </p>
    <p><span
            style="font-size:14px">（2）本隐私政策更新后，我们会在思睿门店通发出更新版本，并通过站内信或其他适当的方式提醒您更新的内容，以便您及时了解本隐私政策的最新版本。</span>
    </p>
    <p><span
            style="font-size:14px">（3）我们也可能通过功能更新，帮助您更好地管理您的个人信息，请您留意相关的功能说明。</span>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">8 联系我们</span></strong></p>
    <p><strong><span style="font-size:14px">8.1 投诉与举报</span></strong></p>
    <p><span style="font-size:14px">如果您认为您的个人信息权利可能受到侵害，或者发现侵害个人信息权利的线索，您可以在思睿门店通手机客户端中的【我】-右上角【设置】-【意见反馈】，进入用户反馈界面，或通过发送邮件至service@siruiw.cn与我们联系。</span>
    </p>
    <p><span style="font-size:14px">我们核查后会在十五个工作日内反馈您的投诉与举报。</span></p>
    <p><strong><span style="font-size:14px">8.2 其他问题</span></strong></p>
    <p><span style="font-size:14px">如果您对个人信息保护问题有疑问或建议，可选择通过以下方式联系我们：</span></p>
    <p><span style="font-size:14px">发送邮件至service@siruiw.cn</span></p>
    <p><span style="font-size:14px">我们将尽快审核您提出的问题或建议，并在验证您的用户身份后的十五个工作日内回复。</span>
    </p></div>
</body>
</html>
