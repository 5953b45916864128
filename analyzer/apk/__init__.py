"""Reading one APK the way Android does: the zip archive, the binary manifest, resources."""
