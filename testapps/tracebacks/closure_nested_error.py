def make_divider(d):
    def divide(n):
        def check():
            return n / d
        return check()
    return divide


halve = make_divider(2)
print(halve(10))
broken = make_divider(0)
print(broken(1))
