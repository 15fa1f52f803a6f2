class Fancy(Exception):
    def __str__(self):
        return "fancy message with " + str(len(self.args)) + " args"

def go():
    raise Fancy(1, 2, 3)

go()
