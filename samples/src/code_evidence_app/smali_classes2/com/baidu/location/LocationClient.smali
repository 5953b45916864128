.class public Lcom/baidu/location/LocationClient;
.super Ljava/lang/Object;

# A stub with the Baidu location SDK's class name: SDK presence by type table, and a
# caller of LocationManager.getLastKnownLocation that --deep attributes to the SDK.

.method public static last(Landroid/location/LocationManager;)Landroid/location/Location;
    .registers 2
    const-string v0, "network"
    invoke-virtual {p0, v0}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;
    move-result-object v0
    return-object v0
.end method
