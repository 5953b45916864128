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
    <title>三方信息共享清单</title>
</head>

<body>
<div>
    <h1 style="text-align:center;"><span style="color:#1f1c23"><strong><span
                    style="font-size:0.768rem">三方信息共享清单</span></strong></span></h1>
    <p></p>
    <p></p>
    <p><span style="font-size:14px">1、为保障即梦AI相关功能的实现与应用安全稳定的运行，我们可能会接入由合作方提供的软件开发包（SDK）、应用程序接口（API）、应用程序插件等代码或通过其他合作方式，以实现相关目的。 </span>
    </p>
    <p><span
            style="font-size:14px">2、我们会对获取信息的合作方的代码进行严格的安全监测，以保护数据安全。 </span>
    </p>
    <p><span style="font-size:14px">3、我们会对接入的相关合作方在目录中列明。 </span></p>
    <p><span
            style="font-size:14px">4、请注意，合作方的代码可能因为其版本升级、策略调整等原因导致数据处理类型存在一定变化，请以其公示的官方说明为准。 </span>
    </p>
    <p><span
            style="font-size:14px">5、以下共同适用即梦AI iOS和安卓端，如有单独适用目的将在下列列表说明。</span><br/><br/><span
            style="font-size:14px"><strong>（一）第三方SDK目录</strong></span></p>
    <p><strong><span style="font-size:14px">1、移动一键登录SDK</span></strong></p>
    <ul>
        <li><span style="font-size:14px">使用目的：一键登录</span></li>
        <li><span style="font-size:14px">使用场景：在用户使用移动手机号一键登录时使用</span></li>
        <li><span style="font-size:14px">合作方主体：中移互联网有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：手机号、网络信息、IP地址、设备信息</span></li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">官网链接/隐私政策：<a
                    href="https://wap.cmpassport.com/resources/html/contract.html"
                    data-href="https://wap.cmpassport.com/resources/html/contract.html" rel="noopener noreferrer">https://wap.cmpassport.com/resources/html/contract.html</a></span>
        </li>
    </ul>
    <p><br/><span style="font-size:14px"><strong>2、电信一键登录SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：一键登录</span></li>
        <li><span style="font-size:14px">使用场景：在用户使用电信手机号一键登录时使用</span></li>
        <li><span style="font-size:14px">合作方主体：天翼数字生活科技有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：手机号、网络信息、IP地址、设备信息</span></li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">官网链接：<a
                    href="https://e.189.cn/sdk/agreement/content.do?type=main&amp;appKey=&amp;hidetop=true&amp;returnUrl="
                    data-href="https://e.189.cn/sdk/agreement/content.do?type=main&amp;appKey=&amp;hidetop=true&amp;returnUrl="
                    rel="noopener noreferrer">https://e.189.cn/sdk/agreement/content.do?type=main&amp;appKey=&amp;hidetop=true&amp;returnUrl=</a></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<a
                    href="https://e.189.cn/sdk/agreement/show.do?order=2&amp;type=main&amp;appKey=&amp;hidetop=true&amp;returnUrl="
                    data-href="https://e.189.cn/sdk/agreement/show.do?order=2&amp;type=main&amp;appKey=&amp;hidetop=true&amp;returnUrl="
                    rel="noopener noreferrer">https://e.189.cn/sdk/agreement/show.do?order=2&amp;type=main&amp;appKey=&amp;hidetop=true&amp;returnUrl=</a></span>
        </li>
    </ul>
    <p><br/><span style="font-size:14px"><strong>3、联通一键登录SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：一键登录</span></li>
        <li><span style="font-size:14px">使用场景：在用户使用联通手机号一键登录时使用</span></li>
        <li><span style="font-size:14px">合作方主体：中国联合网络通信有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：手机号、IP地址、设备信息</span></li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">官网链接/隐私政策：<a
                    href="https://msv6.wosms.cn/html/oauth/protocol2.html"
                    data-href="https://msv6.wosms.cn/html/oauth/protocol2.html" target="_blank"
                    rel="noopener noreferrer">https://msv6.wosms.cn/html/oauth/protocol2.html</a></span></li>
    </ul>
    <p><br/><span style="font-size:14px"><strong>4、微信支付SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：支持微信支付</span></li>
        <li><span style="font-size:14px">使用场景：在用户使用微信支付时使用</span></li>
        <li><span style="font-size:14px">合作方主体：财付通支付科技有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：设备信息</span></li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">官网链接：<a href="https://www.tenpay.com/v4/index.html"
                                                     data-href="https://www.tenpay.com/v4/index.html"
                                                     rel="noopener noreferrer">https://www.tenpay.com/v4/index.html</a></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<a
                    href="https://www.tenpay.com/v3/helpcenter/low/privacy.shtml"
                    data-href="https://www.tenpay.com/v3/helpcenter/low/privacy.shtml" rel="noopener noreferrer">https://www.tenpay.com/v3/helpcenter/low/privacy.shtml</a></span>
        </li>
    </ul>
    <p><br/><span style="font-size:14px"><strong>5、Alipay（支付宝） SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：帮助用户在应用内使用支付宝</span></li>
        <li><span style="font-size:14px">使用场景：在用户使用支付宝支付时使用</span></li>
        <li><span style="font-size:14px">合作方主体：支付宝（中国）网络技术有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：Android ID、IMEI、OAID、硬件序列号/Serial、SSID、ICCID、IP地址、BSSID、IMSI、网络信息、设备信息、设备MAC地址、Wi-Fi列表、软件列表、MEID</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">官网链接：<u><a
                        href="https://render.alipay.com/p/f/fd-iwwyijeh/index.html"
                        data-href="https://render.alipay.com/p/f/fd-iwwyijeh/index.html" target="_blank"
                        rel="noopener noreferrer">https://render.alipay.com/p/f/fd-iwwyijeh/index.html</a></u></span>
        </li>
        <li><span style="font-size:14px">合作方隐私政策：<u><a href="https://docs.open.alipay.com/54"
                                                              data-href="https://docs.open.alipay.com/54"
                                                              target="_blank"
                                                              rel="noopener noreferrer">https://docs.open.alipay.com/54</a></u></span>
        </li>
    </ul>
    <p><br/><span style="font-size:14px"><strong>6、微信SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：支持微信登录和分享   </span></li>
        <li><span style="font-size:14px">使用场景：在用户使用微信登录或者分享时使用</span></li>
        <li><span style="font-size:14px">合作方主体：深圳市腾讯计算机系统有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：设备标识符（iOS如IDFV），分享的图片或内容</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">官网链接：<span style="color:#6425d0"><a
                        href="https://open.weixin.qq.com/" data-href="https://open.weixin.qq.com/"
                        rel="noopener noreferrer">https://open.weixin.qq.com/</a></span></span></li>
        <li><span style="font-size:14px">隐私政策： <span style="color:#d83931"><a
                        href="https://support.weixin.qq.com/cgi-bin/mmsupportacctnodeweb-bin/pages/RYiYJkLOrQwu0nb8"
                        data-href="https://support.weixin.qq.com/cgi-bin/mmsupportacctnodeweb-bin/pages/RYiYJkLOrQwu0nb8"
                        rel="noopener noreferrer">https://support.weixin.qq.com/cgi-bin/mmsupportacctnodeweb-bin/pages/RYiYJkLOrQwu0nb8</a></span></span>
        </li>
    </ul>
    <p></p>
    <p><span style="font-size:14px"><strong>7、华为推送SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：推送消息</span></li>
        <li><span style="font-size:14px">使用场景：在华为手机终端推送消息时使用</span></li>
        <li><span style="font-size:14px">第三方名称：华为软件技术有限公司</span></li>
        <li><span
                style="font-size:14px">涉及个人信息：应用基本信息、应用内设备标识符、设备的硬件信息、系统基本信息和系统设置信息、软件列表</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">第三方官网链接： <span style="color:#245bdb"><a
                        href="https://developer.huawei.com/consumer/cn/doc/app/20213"
                        data-href="https://developer.huawei.com/consumer/cn/doc/app/20213" rel="noopener noreferrer">https://developer.huawei.com/consumer/cn/doc/app/20213</a></span></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<span style="color:#245bdb"><a
                        href="https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/sdk-data-security-0000001050042177"
                        data-href="https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/sdk-data-security-0000001050042177"
                        target="" rel="noopener noreferrer">https://developer.huawei.com/consumer/cn/doc/development/HMSCore-Guides/sdk-data-security-0000001050042177</a></span></span>
        </li>
    </ul>
    <p></p>
    <p><strong><span style="font-size:14px">8、vivo推送SDK</span></strong></p>
    <ul>
        <li><span style="font-size:14px">使用目的：推送消息</span></li>
        <li><span style="font-size:14px">使用场景：在VIVO手机终端推送消息时使用</span></li>
        <li><span style="font-size:14px">第三方名称：维沃移动通信有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：IMEI、OAID、Android ID、GAID/AAID、网络信息</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">第三方官网链接：<span style="color:#245bdb"><a
                        href="https://dev.vivo.com.cn/documentCenter/doc/366"
                        data-href="https://dev.vivo.com.cn/documentCenter/doc/366" rel="noopener noreferrer">https://dev.vivo.com.cn/documentCenter/doc/366</a></span></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<span style="color:#245bdb"><a
                        href="https://dev.vivo.com.cn/documentCenter/doc/652"
                        data-href="https://dev.vivo.com.cn/documentCenter/doc/652" target="" rel="noopener noreferrer">https://dev.vivo.com.cn/documentCenter/doc/652</a></span></span>
        </li>
    </ul>
    <p></p>
    <p><span style="font-size:14px"><strong>9、OPUSH SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：推送消息</span></li>
        <li><span style="font-size:14px">使用场景：在OPPO手机终端推送消息时使用</span></li>
        <li><span style="font-size:14px">第三方名称：广东欢太科技有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：设备标识符（如IMEI、OAID、硬件序列号/Serial、IMSI、Android ID、GAID/AAID）、应用信息、网络信息、IP地址、设备信息</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">第三方官网链接：<span style="color:#245bdb"><a
                        href="https://open.oppomobile.com/wiki/doc#id=10194"
                        data-href="https://open.oppomobile.com/wiki/doc#id=10194" rel="noopener noreferrer">https://open.oppomobile.com/wiki/doc#id=10194</a></span></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<a
                    href="https://open.oppomobile.com/new/developmentDoc/info?id=11228"
                    data-href="https://open.oppomobile.com/new/developmentDoc/info?id=11228" target="_blank"
                    rel="noopener noreferrer">https://open.oppomobile.com/new/developmentDoc/info?id=11228</a></span>
        </li>
    </ul>
    <p></p>
    <p><span style="font-size:14px"><strong>10、小米推送SDK</strong></span></p>
    <ul>
        <li><span style="font-size:14px">使用目的：推送消息</span></li>
        <li><span style="font-size:14px">使用场景：在推送消息时使用</span></li>
        <li><span style="font-size:14px">第三方名称：北京小米移动软件有限公司</span></li>
        <li><span
                style="font-size:14px">涉及个人信息：设备标识符（Android ID、OAID）、SSID、网络信息、设备信息</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">第三方官网链接：<span style="color:#245bdb"><a
                        href="https://dev.mi.com/console/appservice/push.html"
                        data-href="https://dev.mi.com/console/appservice/push.html" rel="noopener noreferrer">https://dev.mi.com/console/appservice/push.html</a></span></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<span style="color:#245bdb"><a
                        href="https://dev.mi.com/console/doc/detail?pId=1822"
                        data-href="https://dev.mi.com/console/doc/detail?pId=1822" rel="noopener noreferrer">https://dev.mi.com/console/doc/detail?pId=1822</a></span></span>
        </li>
    </ul>
    <p></p>
    <p><strong><span style="font-size:14px">11、荣耀PUSH SDK</span></strong></p>
    <ul>
        <li><span style="font-size:14px">使用目的：推送消息</span></li>
        <li><span style="font-size:14px">使用场景：在荣耀手机终端推送消息时使用</span></li>
        <li><span style="font-size:14px">第三方名称：荣耀终端有限公司</span></li>
        <li><span style="font-size:14px">涉及个人信息：设备标识符(AAID)，应用Token、推送消息内容</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">第三方官网链接：<span style="color:#245bdb"><a
                        href="https://developer.hihonor.com/cn/doc/guides/100125"
                        data-href="https://developer.hihonor.com/cn/doc/guides/100125" rel="noopener noreferrer">https://developer.hihonor.com/cn/doc/guides/100125</a></span></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<span style="color:#245bdb"><a
                        href="https://developer.hihonor.com/cn/kitdoc?category=%E5%9F%BA%E7%A1%80%E6%9C%8D%E5%8A%A1&amp;kitId=11002&amp;navigation=guides&amp;docId=personal-data-processing.md&amp;token="
                        data-href="https://developer.hihonor.com/cn/kitdoc?category=%E5%9F%BA%E7%A1%80%E6%9C%8D%E5%8A%A1&amp;kitId=11002&amp;navigation=guides&amp;docId=personal-data-processing.md&amp;token="
                        rel="noopener noreferrer">https://developer.hihonor.com/cn/kitdoc?category=%E5%9F%BA%E7%A1%80%E6%9C%8D%E5%8A%A1&amp;kitId=11002&amp;navigation=guides&amp;docId=personal-data-processing.md&amp;token=</a></span></span>
        </li>
    </ul>
    <p><br/><strong><span style="font-size:14px">12、小红书分享SDK</span></strong></p>
    <ul>
        <li><span style="font-size:14px">使用目的：帮助用户分享内容至第三方应用</span></li>
        <li><span style="font-size:14px">使用场景：在用户将内容分享至小红书时使用</span></li>
        <li><span style="font-size:14px">第三方名称：行吟信息科技（上海）有限公司</span></li>
        <li><span
                style="font-size:14px">涉及个人信息：Android ID、IDFA、IDFV、设备信息（设备型号、操作系统及版本）、读取用户选择分享的内容</span>
        </li>
        <li><span style="font-size:14px">收集方式：SDK自行采集</span></li>
        <li><span style="font-size:14px">第三方官网链接：<a href="https://agora.xiaohongshu.com/index"
                                                           data-href="https://agora.xiaohongshu.com/index"
                                                           target="_blank" rel="noopener noreferrer">https://agora.xiaohongshu.com/index</a></span>
        </li>
        <li><span style="font-size:14px">隐私政策：<a
                    href="https://agree.xiaohongshu.com/h5/terms/ZXXY20230525001/-1"
                    data-href="https://agree.xiaohongshu.com/h5/terms/ZXXY20230525001/-1" target="_blank"
                    rel="noopener noreferrer">https://agree.xiaohongshu.com/h5/terms/ZXXY20230525001/-1</a></span></li>
    </ul>
    <p><br/><br/><span style="font-size:14px"><strong>（二）其他合作方目录</strong></span></p>
    <p><strong><span style="font-size:14px">1、提供基础服务</span></strong></p>
    <ul>
        <li><span style="font-size:14px">使用目的：提供基本网络服务、安全风控及其他服务功能</span></li>
        <li><span style="font-size:14px">使用场景：在用户使用APP时使用</span></li>
        <li><span
                style="font-size:14px">合作方主体：北京抖音信息服务有限公司、北京字跳网络技术有限公司</span>
        </li>
        <li><span style="font-size:14px">涉及个人信息：设备标识符（Android如IMEI、Android ID、OAID、IMSI、ICCID、MEID、硬件序列号/Serial，iOS如IDFV、IDFA），设备MAC地址，IP 地址，位置信息（如<strong>GPS</strong>、蓝牙和基站）、WLAN接入点（如SSID、BSSID），设备传感器信息、软件列表</span>
        </li>
        <li><span style="font-size:14px">收集方式：接口传输、SDK采集</span></li>
        <li><span style="font-size:14px">隐私政策：由内部关联方提供服务，详见本产品<a
                    href="https://lf3-cdn-tos.draftstatic.com/obj/ies-hotsoon-draft/vco/fadfa00e-21c4-41ac-a1ac-c694e7ccedca.html"
                    data-href="https://lf3-cdn-tos.draftstatic.com/obj/ies-hotsoon-draft/vco/fadfa00e-21c4-41ac-a1ac-c694e7ccedca.html"
                    target="" rel="noopener noreferrer">隐私政策</a></span></li>
    </ul>
</div>
</body>

</html>
