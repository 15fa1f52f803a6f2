import contextvars
from contextvars import ContextVar, Context, Token, copy_context

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")
print(request_id.name, request_id.get(), user.get("fallback"))
try:
    user.get()
except LookupError as e:
    print(type(e).__name__, type(e.args[0]).__name__, e.args[0] is user)

token = user.set("alice")
print(user.get(), token.var is user, token.old_value is Token.MISSING, type(token).__name__)
t2 = user.set("bob")
print(user.get(), t2.old_value)
user.reset(t2)
print(user.get())
try:
    user.reset(t2)
except RuntimeError as e:
    print(type(e).__name__, "has already been used once" in str(e))
try:
    request_id.reset(token)
except ValueError as e:
    print(type(e).__name__, "was created by a different ContextVar" in str(e))

ctx = copy_context()
print(type(ctx).__name__, user in ctx, ctx[user], ctx.get(request_id), ctx.get(request_id, 5), len(ctx))

def work(name):
    user.set(name)
    request_id.set(42)
    return user.get(), request_id.get(), len(copy_context())

print(ctx.run(work, "carol"))
print(user.get(), request_id.get(), ctx[user], ctx[request_id])
print(Context().run(lambda: (user.get(None), request_id.get())))
print(sorted(v.name for v in ctx), sorted(ctx.values(), key=str), sorted((k.name, v) for k, v in ctx.items()))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print(type(e).__name__, "is already entered" in str(e))
try:
    ctx.run(lambda: user.reset(token))
except ValueError as e:
    print(type(e).__name__, "was created in a different Context" in str(e))
user.reset(token)
print(user.get("gone"))
try:
    ctx["key"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ContextVar(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(ContextVar[int], Token[str], type(copy_context()), Token.MISSING, contextvars.__all__ if hasattr(contextvars, "__all__") else None)
empty = Context()
print(len(empty), list(empty), empty.get(user))
try:
    empty[user]
except KeyError as e:
    print(type(e).__name__, e.args[0] is user)
