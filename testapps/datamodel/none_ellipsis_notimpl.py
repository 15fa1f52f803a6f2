print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None != 0)
print(..., Ellipsis, ... is Ellipsis, repr(...), str(Ellipsis), type(...).__name__)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print([None, ..., NotImplemented])
print(bool(None), None or 'x', None and 'x')
print({None: 1}[None], {...: 'e'}[Ellipsis])
print(print(None) if False else 'printed')
try:
    print(None + 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(len(None))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(Ellipsis + 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(None.x)
except Exception as e:
    print(type(e).__name__, e)
