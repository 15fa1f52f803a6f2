using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Literals PyPack's runtime cannot hold as CPython does, refused at build time rather than
/// compiled into a value that prints differently.
/// </summary>
public static class UnrepresentableLiterals
{
    public static void Check(Module tree)
    {
        foreach (var node in NodeWalk.Descendants([tree]))
        {
            if (node is Constant { JoinsLoneSurrogates: true })
            {
                throw new UnsupportedConstruct(node,
                    "a lone high surrogate escape followed by a lone low one in a str literal (two code points in CPython, one character in PyPack)");
            }
        }
    }
}
