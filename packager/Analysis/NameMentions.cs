using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Every word a module's code could use to reach an attribute: names, attribute names, imported
/// names and whole string constants (<c>getattr(time, "strptime")</c>). A module that mentions none
/// of an export's spellings cannot read it, short of building the name at run time.
/// </summary>
public static class NameMentions
{
    public static HashSet<string> Of(Module tree)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in NodeWalk.Descendants(tree.Body))
        {
            switch (node)
            {
                case Name n:
                    words.Add(n.Id);
                    break;
                case Attribute a:
                    words.Add(a.Attr);
                    break;
                case Alias alias:
                    words.Add(alias.Name);
                    break;
                case Constant { Value: string text }:
                    words.Add(text);
                    break;
            }
        }
        return words;
    }
}
