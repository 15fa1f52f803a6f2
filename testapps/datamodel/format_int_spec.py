print(format(42, 'd'), format(42, '5d'), format(42, '<5d'), format(42, '^5d'), format(42, '*>6'), format(-42, '=8'), format(42, '+'), format(42, ' '))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'), format(255, '#b'), format(255, '#o'), format(255, '#x'), format(255, '#X'))
print(format(1234567, ','), format(1234567, '_'), format(0xdeadbeef, '_x'), format(255, '_b'), format(-1234567, '+,'))
print(format(42, '08'), format(-42, '08'), format(42, '#010x'), format(1234, '09,'), format(1234, '010,'))
print(format(65, 'c'), format(0x1F600, 'c'), format(42, 'n'), format(42, ''), format(True, ''), format(True, 'd'), format(False, '>5'))
print(format(42, 'e'), format(42, '.2f'), format(42, '%'), format(10**20, 'g'))
try:
    print(format(42, '.2'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, 's'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, ',x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, ',c'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(-1, 'c'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, 'z'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, '+c'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, ',_'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(42, 'xx'))
except Exception as e:
    print(type(e).__name__, e)
