class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature()
print(t.fahrenheit)
t.fahrenheit = 100
