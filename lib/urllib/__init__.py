# The urllib package: urllib.parse (urllib.request and urllib.error are not in pygen yet).
