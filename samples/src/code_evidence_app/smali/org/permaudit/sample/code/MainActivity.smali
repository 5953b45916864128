.class public Lorg/permaudit/sample/code/MainActivity;
.super Landroid/app/Activity;

# classes.dex: device id (calls), location updates (location), the SMS inbox URI.

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method public deviceId()Ljava/lang/String;
    .registers 3
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lorg/permaudit/sample/code/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/telephony/TelephonyManager;
    invoke-virtual {v0}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method

.method public track(Landroid/location/LocationListener;)V
    .registers 8
    const-string v0, "location"
    invoke-virtual {p0, v0}, Lorg/permaudit/sample/code/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    check-cast v0, Landroid/location/LocationManager;
    const-string v1, "gps"
    const-wide/16 v2, 0x3e8
    const/4 v4, 0x0
    move-object v5, p1
    invoke-virtual/range {v0 .. v5}, Landroid/location/LocationManager;->requestLocationUpdates(Ljava/lang/String;JFLandroid/location/LocationListener;)V
    return-void
.end method

.method public inbox()Landroid/net/Uri;
    .registers 2
    const-string v0, "content://sms/inbox"
    invoke-static {v0}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v0
    return-object v0
.end method

.method public decoy()Ljava/lang/String;
    .registers 2
    # a string that only spells an API name: not evidence
    const-string v0, "getLine1Number"
    return-object v0
.end method
