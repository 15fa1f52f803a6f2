def register(kind):
    def decorate(fn):
        if kind not in ("get", "post"):
            raise ValueError(f"unknown kind {kind!r} for {fn.__name__}")
        return fn
    return decorate


@register("get")
def index():
    return "index"


print(index())


@register("delete")
def remove():
    return "removed"
