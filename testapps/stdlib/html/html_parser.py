# html.parser: start/end/startend tags with every attribute form, script and style content, comments,
# declarations, processing instructions, CDATA sections, references with and without
# convert_charrefs, text cut across feed() calls, close(), getpos() and get_starttag_text().
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs, self.getpos(), repr(self.get_starttag_text()))

    def handle_endtag(self, tag):
        print("end", tag, self.getpos())

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)

    def handle_data(self, data):
        print("data", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_decl(self, decl):
        print("decl", repr(decl))

    def handle_pi(self, data):
        print("pi", repr(data))

    def unknown_decl(self, data):
        print("unknown", repr(data))

    def handle_charref(self, name):
        print("charref", repr(name))

    def handle_entityref(self, name):
        print("entityref", repr(name))


p = Recorder()
p.feed('<!DOCTYPE html><html lang=en><HEAD><Title>A &amp; B &#65;&#x42; &copy &nosuch; x</title>\n'
       '<script>if (a<b && c>d) {x="</p>"}</script><style>p>a{}</STYLE></head>')
p.feed('<body class="x y" data-q=\'1\' checked ID=Main><br/><img src="a.png" alt="&lt;&gt;" /><p>para'
       '<!-- a comment -->\n<?xml version="1.0"?><![CDATA[raw <x>]]></p></ body ><a href=x?a=1&b=2>l</a>'
       '< notatag <a')
p.feed('bc x=1>tail &am')
p.feed('p; 3 < 4 & 5</p >')
p.feed('<a title="1 > 0" data-x = "q" empty="" dup=1 dup=2>t</a><!bogus thing></>')
p.feed('<p/a></x/y><!--unterminated')
p.close()
print("---")
q = Recorder(convert_charrefs=False)
q.feed('x &amp; y &#65; &#x42 z &nosuch;<p a="&amp;">&</p>&lt&#')
q.close()
print("---")
r = Recorder()
for piece in ["<div", " id='d'", ">he", "llo &", "amp; w", "orld</d", "iv><scr", "ipt>a</", "b>c</scr", "ipt>end"]:
    r.feed(piece)
print("closing")
r.close()
print(r.getpos())
r.reset()
r.feed("<i>again</i>")
r.close()
print("---")
t = Recorder()
t.feed("text<scri")
t.close()
t.feed("<b>un")
t.feed("closed")
t.close()
print(HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser().get_starttag_text())
