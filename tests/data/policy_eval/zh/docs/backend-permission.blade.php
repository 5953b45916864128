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
    <title>应用权限清单</title>
</head>

<body>
<div class="draft-container"><h1 style="text-align:center;"><strong><span
                style="font-size:0.768rem">即梦AI应用权限申请与使用情况说明</span></strong></h1>
    <p></p>
    <p></p>
    <p><span
            style="font-size:14px">1)   为保障“即梦AI”产品功能实现与安全稳定运行之目的，我们可能会申请或使用操作系统的相关权限；</span><br/><span
            style="font-size:14px">2）为保障您的知情权，我们通过下列列表将产品可能申请、使用的相关操作系统权限进行展示，您可以根据实际需要对相关权限进行管理；</span><br/><span
            style="font-size:14px">3）根据产品的升级，申请、使用权限的类型与目的可能会有变动，我们将及时根据这些变动对列表进行调整，以确保您及时获悉权限的申请与使用情况；</span><br/><span
            style="font-size:14px">4）请您知悉，我们为业务与产品的功能与安全需要，我们可能也会使用第三方SDK，这些第三方也可能会申请或使用相关操作系统权限；</span><br/><span
            style="font-size:14px">5）在使用产品的过程中，您可能会使用第三方开发的H5页面或小程序，这些第三方开发开发的插件或小程序也可能因业务功能所必需而申请或使用相关操作系统权限。</span>
    </p>
    <p></p>
    <p><strong><span style="font-size:14px">一、安卓操作系统应用权限列表</span></strong></p>
    <table class="draft-table">
        <colgroup>
            <tr>
                <td style="text-align:center;" colSpan="1" rowSpan="1"><strong><span
                            style="font-size:14px">安卓权限名称</span></strong></td>
                <td style="text-align:center;" colSpan="1" rowSpan="1"><strong><span
                            style="font-size:14px">权限功能说明</span></strong></td>
                <td style="text-align:center;" colSpan="1" rowSpan="1"><strong><span
                            style="font-size:14px">使用场景或目的</span></strong></td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">CAMERA</span><br/><span
                        style="font-size:14px">相机</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">拍摄照片和视频</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">用于帮助您通过手机相机拍摄导入图片、视频、音频等素材以便进行后续的音视频编辑、制作、保存、发布和/或备份等</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">READ_EXTERNAL_STORAGE</span><br/><span
                        style="font-size:14px">读取外置存储器</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">读取手机储存空间内数据</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App读取存储中的图片、文件等内容，主要用于帮助您发布信息，在本地记录崩溃日志信息（如有）等功能</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">READ_MEDIA_AUDIO</span><br/><span
                        style="font-size:14px">读取音频</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">允许App从外部存储读取音频数据</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App读取手机存储中的音频，用于帮助您导入相关素材，进行音视频编辑、制作、保存、发布和/或本地备份等。（适用于Android 13及以上系统）</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">READ_MEDIA_IMAGES</span><br/><span
                        style="font-size:14px">读取图片</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">允许App从外部存储读取图片数据</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App读取手机存储中的图片，用于帮助您导入相关素材，进行音视频编辑、制作、保存、发布和/或本地备份等。（适用于Android 13及以上系统）</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">READ_MEDIA_VIDEO</span><br/><span
                        style="font-size:14px">读取视频</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">允许App从外部存储读取视频数据</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App读取手机存储中的视频，用于帮助您导入相关素材，进行音视频编辑、制作、保存、发布和/或本地备份等。（适用于Android 13及以上系统）</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">READ_MEDIA_VISUAL_USER_SELECTED </span><br/><span
                        style="font-size:14px">读取用户选取的媒体文件</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">允许App从外部存储读取用户选取的媒体文件</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App读取您选取的媒体文件，用于帮助您导入相关素材，进行音视频编辑、制作、保存、发布和/或本地备份等。（适用于Android 14及以上系统）</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">WRITE_EXTERNAL_STORAGE写入外置存储器</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">提供写入外部储存功能</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App写入/下载/保存/修改/删除图片、文件、崩溃日志等信息</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">QUERY_ALL_PACKAGES</span><br/><span
                        style="font-size:14px">应用软件列表</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">读取您的应用软件列表</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">用于预防恶意程序、维护服务正常运行、保障您的账号安全并提供更优质的服务体验</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">GET_ACCOUNTS</span><br/><span
                        style="font-size:14px">获取应用账户</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">获取设备上已安装的应用创建的账号，请您放心，该权限仅获取应用相关的信息，无法获取您的银行账号密码等个人敏感信息</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">用于帮助您通过第三方账号登录App</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">POST_NOTIFICATIONS<br/>发送通知</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">通知的运行时权限</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">允许即梦AI向用户发送通知</span>
                </td>
            </tr>
    </table>
    <p></p>
    <p><strong><span style="font-size:14px">二、iOS操作系统应用权限列表</span></strong></p>
    <table class="draft-table">
        <colgroup>
            <tr>
                <td style="text-align:center;" colSpan="1" rowSpan="1"><strong><span
                            style="font-size:14px">iOS权限名称</span></strong></td>
                <td style="text-align:center;" colSpan="1" rowSpan="1"><strong><span
                            style="font-size:14px">权限功能说明</span></strong></td>
                <td style="text-align:center;" colSpan="1" rowSpan="1"><strong><span
                            style="font-size:14px">使用场景或目的</span></strong></td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">NSCameraUsageDescription</span><br/><span
                        style="font-size:14px">摄像头</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">使用摄像头</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">用于帮助您通过手机相机拍摄方式导入图片、视频、音频等素材以进行音视频编辑制作、保存、发布和/或备份等</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">NSPhotoLibraryAddUsageDescription</span><br/><span
                        style="font-size:14px">访问相册</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span
                        style="font-size:14px">向相册中添加内容</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App写入/下载/保存/修改/删除图片、文件、崩溃日志等信息</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">NSPhotoLibraryUsageDescription</span><br/><span
                        style="font-size:14px">访问相册</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">读取相册中内容</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">允许即梦AI App读取存储中的图片、文件等内容，主要用于帮助您发布信息，在本地记录崩溃日志信息（如有）等功能</span>
                </td>
            </tr>
            <tr>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">NSUserTrackingUsageDescription</span><br/><span
                        style="font-size:14px">跟踪</span></td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">跨程序用户追踪</span>
                </td>
                <td style="text-align:left;" colSpan="1" rowSpan="1"><span style="font-size:14px">为了进行数据统计、衡量分析服务效果并保障服务安全和提升用户体验</span>
                </td>
            </tr>
    </table>
    <p></p></div>
</body>

</html>
