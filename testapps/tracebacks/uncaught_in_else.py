def work(x):
    try:
        y = 10 / x
    except ZeroDivisionError:
        print("zero")
    else:
        print("fine", y)
        raise OverflowError("raised in else")
    finally:
        print("finally runs")

work(0)
work(2)
