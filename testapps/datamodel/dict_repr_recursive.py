d = {'a': 1}
d['self'] = d
print(d)
l = [d]
d['list'] = l
print(d, l)
print(repr({}), str({1: {2: {3: {}}}}))
print({'quote': "it's", 'nl': '\n', 1.5: None, (): []})
