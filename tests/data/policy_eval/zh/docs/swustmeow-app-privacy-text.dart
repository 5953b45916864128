const privacyHTMLText = '''<h1 id="-"><strong>西科喵隐私政策</strong></h1>
    <p>本隐私政策仅适用于西科喵应用的服务。</p>
    <p><strong>更新日期：2025 年 03 月 27 日</strong></p>
    <p><strong>生效日期：2025 年 03 月 27 日</strong></p>
    <p>开发者名称：四川喵希电子商务有限公司</p>
    <p>应用名称：西科喵</p>
    <p>开发者联系邮件：postmaster@meowhope.com</p>
    <hr />
    <p>
      欢迎使用
      <strong>西科喵</strong
      >（以下简称“<strong>本应用</strong>”）。我们深知个人信息对您的重要性，并承诺保护所有用户（以下简称“<strong>用户</strong>”或“<strong>您</strong>”）的隐私。为提供更舒适、更个性化的服务，本应用会根据本隐私政策的规定使用您的个人信息。除非本政策另有规定，未经您的许可，我们不会对外披露或向第三方提供您的个人信息。
    </p>
    <p>
      本政策会适时更新，更新后的政策将以适当方式通知您。如您不同意变更，应停止使用或取消相关服务，否则，您的继续使用将被视为接受更新后的政策。
    </p>
    <p>请在使用我们的产品（或服务）前，仔细阅读并了解本《隐私政策》。</p>
    <p><strong>本政策将帮助您了解以下内容：</strong></p>
    <ol>
      <li>本应用如何收集和使用您的个人信息</li>
      <li>个人信息的共享、转让、公开披露</li>
      <li>您的权利</li>
      <li>本政策的更新</li>
      <li>其他事项</li>
    </ol>
    <h2 id="-">一、关于本应用收集和使用个人信息</h2>
    <h3 id="1-">1. 用户信息收集</h3>
    <ul>
      <li>
        <p>账户信息</p>
        <ul>
          <li>
            在您使用本应用时，您需提供
            <strong>西南科技大学统一认证接口账号</strong> 及相关信息。
          </li>
          <li>
            在您使用本应用对分易相关功能时，您需提供
            <strong>对分易账号</strong> 及相关信息。
          </li>
          <li>
            在您使用本应用学习通相关功能时，您需提供
            <strong>学习通账号</strong> 及相关信息。
          </li>
        </ul>
      </li>
      <li>
        <p>其他信息</p>
        <ul>
          <li>
            您理解并同意，以下信息不受本隐私政策保护：
            <ul>
              <li>
                您在使用本应用搜索功能时输入的 <strong>关键字信息</strong>；
              </li>
              <li>违反法律法规或本应用规则的行为及本应用对您的处理记录。</li>
            </ul>
          </li>
        </ul>
      </li>
    </ul>
    <h3 id="2-">2. 用户信息的使用目的</h3>
    <ul>
      <li>
        <strong>提供、维护和优化校园服务</strong>，包括但不限于
        <strong>课表查询、成绩查询、校园资讯推送</strong> 等；
      </li>
      <li>
        <strong>数据分析和研究</strong
        >，以优化用户体验和提升服务质量，但分析结果会
        <strong>去标识化或匿名化</strong>。
      </li>
    </ul>
    <h3 id="3-">3. 用户信息的使用规则</h3>
    <ul>
      <li>
        本应用遵循
        <strong>合法、正当、必要</strong>
        的原则，不会将您的个人信息用于本隐私政策未明确说明的其他用途；
      </li>
      <li>
        为保障您的账户安全和隐私信息安全，本应用在与服务器通信时使用
        <strong>加密技术</strong> 传输数据，以防止未经授权的访问或篡改；
      </li>
      <li>
        若因业务发展需要变更信息使用目的，我们将
        <strong>重新取得您的明确同意</strong>。
      </li>
    </ul>
    <h3 id="4-">4. 用户信息存储</h3>
    <ul>
      <li>
        <strong>存储地点</strong>：您的个人信息将存储于
        <strong>中华人民共和国境内</strong
        >，除非法律法规另有规定或获得您的明确授权；
      </li>
      <li>
        <strong>存储时长</strong>：我们仅在
        <strong>实现服务目的所必需的最短时间</strong> 内存储您的个人信息。
        <ul>
          <li>
            当您的账号注销或服务终止时，我们将
            <strong>删除或匿名化</strong> 处理您的个人信息，符合法律法规的要求。
          </li>
        </ul>
      </li>
    </ul>
    <h2 id="-">二、关于本应用共享、转让、公开披露您的个人信息</h2>
    <h3 id="1-">1. 我们不会：</h3>
    <ul>
      <li>
        <strong>出售、出租、共享或交易您的个人信息</strong
        >，除非符合法律法规要求或特殊情况（如涉及国家安全、公共安全等）。
      </li>
    </ul>
    <h3 id="2-">2. 本应用可能需要的权限：</h3>
    <ul>
      <li><strong>存储权限</strong>（用于缓存和存储数据）</li>
      <li><strong>网络访问权限</strong>（用于与服务器通信）</li>
      <li><strong>精准定位权限</strong>（用于特定功能，如校园地图）</li>
      <li>
        <strong>自启动权限</strong
        >（用于保证后台服务正常运行，如课表更新、校园通知推送等）
      </li>
      <li>
        <strong>关联启动权限</strong
        >（当您使用某些校园服务时，可能需要关联启动其他应用以提供完整功能，如学习通、对分易等）
      </li>
    </ul>
    <p><strong>关于自启动和关联启动的说明</strong>：</p>
    <p>
      本应用可能会在后台运行以提供
      <strong>课表更新</strong>、<strong>校园通知推送</strong>、<strong
        >小组件更新</strong
      >
      等必要服务。
    </p>
    <p>
      某些功能（如学习通、对分易的快捷访问）可能需要
      <strong>关联启动相关应用</strong>，以便快速提供所需服务。
    </p>
    <p>
      本应用
      <strong>不会未经您的明确授权</strong> 进行自启动或关联启动，相关行为仅在您
      <strong>明示同意</strong> 后生效。
    </p>
    <p>
      您可以在
      <strong>系统设置中管理自启动和关联启动权限</strong
      >，如需关闭，请前往相关设置调整。
    </p>
    <h3 id="3-sdk">3. 第三方服务及 SDK</h3>
    <p>
      <strong
        >我们的产品集成友盟+SDK，友盟+SDK需要收集您的设备Mac地址、唯一设备识别码（IMEI/android
        ID/IDFA/OPENUDID/GUID/IP地址/SIM 卡 IMSI
        信息）以提供统计分析服务，并通过地理位置校准报表数据准确性，提供基础反作弊能力。</strong
      >
    </p>
    <p>为提供更优服务，本应用可能接入第三方产品及服务，包括但不限于：</p>
    <table>
      <thead>
        <tr>
          <th><strong>SDK 名称</strong></th>
          <th><strong>用途</strong></th>
          <th><strong>运营方</strong></th>
          <th><strong>收集信息类型</strong></th>
          <th><strong>隐私政策</strong></th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>友盟统计分析 SDK</td>
          <td>APP 运营统计与分析</td>
          <td>友盟同欣（北京）科技有限公司</td>
          <td>
            设备信息（IMEI/MAC/Android ID/IDFA/OAID/OpenUDID/GUID/SIM 卡
            IMSI/ICCID）、位置信息、网络信息
          </td>
          <td><a href="https://www.umeng.com/page/policy">查看隐私政策</a></td>
        </tr>
      </tbody>
    </table>
    <h2 id="-">三、您享有的权利</h2>
    <ul>
      <li>
        <strong>访问和更正信息</strong
        >：您可随时修改您的个人信息，如信息不准确或不完整，可在 App
        内调整或联系客服修改；
      </li>
      <li>
        <strong>删除个人信息</strong
        >：如您注销账号或认为信息存储不必要，可向我们提交删除请求；
      </li>
      <li>
        <strong>撤回同意</strong
        >：您可随时撤回对本隐私政策的同意，但撤回前的处理活动仍具有法律效力；
      </li>
      <li>
        <strong>投诉和建议</strong>：您可通过
        <strong>App 官方群渠道</strong> 提出意见，我们会及时处理。
      </li>
    </ul>
    <h2 id="-">四、本政策如何更新</h2>
    <p>
      本应用可能根据法律法规变化、业务调整或技术更新对本隐私政策进行修订。未经您明确同意，我们不会
      <strong>削减</strong> 您按照本隐私政策应享有的权利。
    </p>
    <p><strong>重大变更包括但不限于</strong>：</p>
    <ol>
      <li>
        <strong>服务模式</strong>
        发生重大变化（如个人信息处理目的、类型或方式的调整）；
      </li>
      <li>
        <strong>所有权结构或组织架构</strong>
        发生重大变化（如并购、破产等引起的所有者变更）；
      </li>
      <li>
        <strong>个人信息共享、转让或公开披露的主要对象</strong> 发生变化；
      </li>
      <li><strong>您对个人信息处理的权利</strong> 及行使方式发生重大变化；</li>
      <li>
        <strong>负责处理个人信息的部门、联系方式及投诉渠道</strong> 发生变化；
      </li>
      <li><strong>个人信息安全评估报告</strong> 表明存在高风险。</li>
    </ol>
    <p><strong>变更通知方式</strong>：</p>
    <ul>
      <li>本应用将在 <strong>本页面</strong> 发布更新；</li>
      <li>
        对重大变更，我们将通过
        <strong>弹窗、应用内公告或其他显著方式通知您</strong>；
      </li>
      <li>旧版本的隐私政策将存档供您查阅。</li>
    </ul>
    <h2 id="-">五、其他事项</h2>
    <ul>
      <li>本隐私政策自发布之日起适用；</li>
      <li>
        若您对本政策有任何疑问，可随时联系 <strong>本应用开发者</strong>；
      </li>
      <li>您继续使用本应用，即视为接受最新版本的隐私政策。</li>
    </ul>
''';
