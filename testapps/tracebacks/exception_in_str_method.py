class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents / 100:.2f} in {self.currency}"


print(str(Money(150)).startswith("$") if False else "start")
print(Money(150))
