using System.Linq;
using System.Text;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Shlex;

/// <summary>The native core of <c>shlex</c> (Lib/shlex.py): split (POSIX rules), quote and join.</summary>
[PythonModule("_shlex")]
[PythonExport("split")]
[PythonExport("quote")]
[PythonExport("join")]
public static class ShlexModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("split", new PyBuiltinFunction("split", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("split", args, kw, ["s", "comments", "posix"], 1);
            // Python 3.11 reads the words from stdin when s is None (deprecated in 3.12).
            var s = a[0] is PyNone ? new PyStr(StandardInput.Reader.ReadToEnd()) : a[0] as PyStr
                ?? throw Errors.AttributeError($"'{a[0]!.Type.TpName}' object has no attribute 'read'");
            if (!ModuleArgs.Bool(a[2], true)) throw Errors.NotImplemented("shlex.split(posix=False)");
            var result = new PyList();
            foreach (var word in Split(s.Value, ModuleArgs.Bool(a[1]))) result.Append(new PyStr(word));
            return result;
        }));
        g.Set("quote", new PyBuiltinFunction("quote", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("quote", args, kw, ["s"], 1);
            if (a[0] is not PyStr s) throw Errors.TypeError($"expected string or bytes-like object, got '{a[0]!.Type.TpName}'");
            return new PyStr(Quote(s.Value));
        }));
        g.Set("join", new PyBuiltinFunction("join", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("join", args, kw, ["split_command"], 1);
            var words = Operations.Iteration.ToArray(a[0]!).Select(w => w is PyStr s
                ? Quote(s.Value)
                : throw Errors.TypeError($"expected string or bytes-like object, got '{w.Type.TpName}'"));
            return new PyStr(string.Join(' ', words));
        }));
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || "@%+=:,./-".Contains(c);

    public static string Quote(string s)
    {
        if (s.Length == 0) return "''";
        foreach (var c in s)
        {
            if (!IsSafe(c)) return "'" + s.Replace("'", "'\"'\"'") + "'";
        }
        return s;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>shlex in POSIX mode with whitespace_split, as shlex.split configures it.</summary>
    public static List<string> Split(string s, bool comments)
    {
        var words = new List<string>();
        var token = new StringBuilder();
        var quoted = false;
        var state = ' ';
        var escapedState = 'a';
        var i = 0;
        void Finish()
        {
            if (token.Length > 0 || quoted) words.Add(token.ToString());
            token.Clear();
            quoted = false;
        }
        void SkipLine()
        {
            while (i < s.Length && s[i] != '\n') i++;
            if (i < s.Length) i++;
        }
        while (true)
        {
            if (i >= s.Length)
            {
                if (state is '\'' or '"') throw Errors.ValueError("No closing quotation");
                if (state == '\\') throw Errors.ValueError("No escaped character");
                Finish();
                return words;
            }
            var c = s[i++];
            switch (state)
            {
                case ' ':
                case 'a':
                    if (IsSpace(c))
                    {
                        if (state == 'a') Finish();
                        state = ' ';
                    }
                    else if (comments && c == '#')
                    {
                        SkipLine();
                        if (state == 'a') Finish();
                        state = ' ';
                    }
                    else if (c is '\'' or '"')
                    {
                        quoted = true;
                        state = c;
                    }
                    else if (c == '\\')
                    {
                        escapedState = 'a';
                        state = '\\';
                    }
                    else
                    {
                        token.Append(c);
                        state = 'a';
                    }
                    break;
                case '\'':
                case '"':
                    if (c == state) state = 'a';
                    else if (state == '"' && c == '\\')
                    {
                        escapedState = state;
                        state = '\\';
                    }
                    else token.Append(c);
                    break;
                case '\\':
                    // Inside double quotes a backslash only escapes the quote and itself.
                    if (escapedState == '"' && c != '"' && c != '\\') token.Append('\\');
                    token.Append(c);
                    state = escapedState;
                    break;
            }
        }
    }
}
