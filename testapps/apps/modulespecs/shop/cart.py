def relative_imports():
    money = __import__("util.money", {"__name__": __name__, "__package__": __package__}, None, ["fmt"], 1)
    util = __import__("util", {"__name__": __name__, "__package__": __package__}, None, [], 1)
    return money.fmt(1234.5), util.__name__, __package__
