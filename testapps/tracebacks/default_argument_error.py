def config():
    return {"retries": 3}


def connect(host, retries=config()["retries"], timeout=config()["timeout"]):
    return host, retries, timeout


print(connect("x"))
