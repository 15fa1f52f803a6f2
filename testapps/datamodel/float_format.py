print(format(3.14159, '.2f'), format(3.14159, '10.3f'), format(-3.14159, '+.1f'), format(3.14159, ' .0f'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(0.5, '.0%'), format(0.12345, '.2%'))
print(format(1e-10, 'e'), format(12345.6789, '.3e'), format(12345.6789, 'E'), format(0.0, 'e'))
print(format(12345.6789, 'g'), format(0.00001234, 'g'), format(1e20, 'g'), format(100000, 'g'), format(1000000.0, 'g'))
print(format(1.5, '#g'), format(2.0, '#.3g'), format(2.0, '.3g'), format(1.0, '#.0e'))
print(format(float('inf'), '10.2f'), format(float('nan'), 'E'), format(-float('inf'), '+'))
print(format(3.0, ''), format(3.0, '.3'), format(1e16, '.3'), format(0.0001, '.2'))
print(format(-0.0, '.1f'), format(-0.0, 'z.1f'), format(-0.001, 'z.1f'))
print(f'{2.5:=+10.3f}|{2.5:*^12.4e}|{-2.5:010.2f}')
print(format(1234.5, '010,.1f'), format(1234.5, '012_.2f'))
try:
    print(format(1.5, 'd'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(1.5, 'x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format(1.5, ',s'))
except Exception as e:
    print(type(e).__name__, e)
