class Model:
    fields = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in cls.fields:
            if not name.isidentifier():
                raise TypeError(f"{cls.__name__}: bad field name {name!r}")


class User(Model):
    fields = ("name", "email")


print(User.fields)


class Broken(Model):
    fields = ("ok", "not ok")
