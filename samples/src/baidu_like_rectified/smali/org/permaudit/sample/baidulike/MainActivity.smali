.class public Lorg/permaudit/sample/baidulike/MainActivity;
.super Landroid/app/Activity;

# Reaches every category of the 2017 complaint: phone state and the call log (calls),
# GPS updates (location), the SMS inbox (messages), the address book (contacts) and
# system settings (settings). Nothing here tells the user why.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public phoneState()Ljava/lang/String;
    .registers 3
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/permaudit/sample/baidulike/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method

.method public callLog()Landroid/net/Uri;
    .registers 2
    sget-object v0, Landroid/provider/CallLog$Calls;->CONTENT_URI:Landroid/net/Uri;
    return-object v0
.end method

.method public track(Landroid/location/LocationListener;)V
    .registers 8
    const-string v0, "location"
    invoke-virtual {p0, v0}, Lorg/permaudit/sample/baidulike/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/location/LocationManager;
    const-string v1, "gps"
    const-wide/16 v2, 0x3e8
    const/4 v4, 0x0
    move-object v5, p1
    invoke-virtual/range {v0 .. v5}, Landroid/location/LocationManager;->requestLocationUpdates(Ljava/lang/String;JFLandroid/location/LocationListener;)V
    return-void
.end method

.method public smsInbox()Landroid/net/Uri;
    .registers 2
    const-string v0, "content://sms/inbox"
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v0
    return-object v0
.end method

.method public contacts()Landroid/net/Uri;
    .registers 2
    sget-object v0, Landroid/provider/ContactsContract$Contacts;->CONTENT_URI:Landroid/net/Uri;
    return-object v0
.end method

.method public brightness(Landroid/content/ContentResolver;)Z
    .registers 4
    const-string v0, "screen_brightness"
    const/16 v1, 0xff
    invoke-static {p1, v0, v1}, Landroid/provider/Settings$System;->putInt(Landroid/content/ContentResolver;Ljava/lang/String;I)Z
    move-result v0
    return v0
.end method
