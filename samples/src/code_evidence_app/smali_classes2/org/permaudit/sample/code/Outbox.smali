.class public Lorg/permaudit/sample/code/Outbox;
.super Ljava/lang/Object;

# classes2.dex: sends an SMS (messages) and lists accounts (contacts).

.method public static send(Ljava/lang/String;Ljava/lang/String;)V
    .registers 8
    invoke-static {}, Landroid/telephony/SmsManager;->getDefault()Landroid/telephony/SmsManager;
    move-result-object v0
    const/4 v3, 0x0
    move-object v1, p0
    move-object v2, v3
    move-object v4, p1
    move-object v5, v3
    move-object v6, v3
    invoke-virtual/range {v0 .. v6}, Landroid/telephony/SmsManager;->sendTextMessage(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Landroid/app/PendingIntent;Landroid/app/PendingIntent;)V
    return-void
.end method

.method public static accounts(Landroid/content/Context;)[Landroid/accounts/Account;
    .registers 2
    invoke-static {p0}, Landroid/accounts/AccountManager;->get(Landroid/content/Context;)Landroid/accounts/AccountManager;
    move-result-object v0
    invoke-virtual {v0}, Landroid/accounts/AccountManager;->getAccounts()[Landroid/accounts/Account;
    move-result-object v0
    return-object v0
.end method
