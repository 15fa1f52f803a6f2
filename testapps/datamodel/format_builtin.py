print(format(1), format('x'), format(None), format([1, 2]), format((1,)), format(1.5))
print(format(3.5, '08.2f'), format(-3.5, '08.2f'), format(3, '.1e'))
print(format(2**70, ','), format(-(2**70), 'x'))
try:
    print(format(None, 'x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format([1], '>5'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(1, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format())
except Exception as e:
    print(type(e).__name__, e)
