using System.Text;
using PyPack.Runtime.Objects;
using Attributes = PyPack.Runtime.Operations.Attributes;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The last lines printed for a SyntaxError (and its subclasses): where it happened, the source
/// line with carets under the error, then <c>Type: msg</c> in place of <c>Type: str(e)</c>.
/// CPython has two printers that disagree on the details, and both are reproduced: the
/// interpreter's (an uncaught error) strips tabs, clips the offset to the text and underlines an
/// exact SyntaxError's end_offset only; the traceback module's keeps tabs for alignment and never
/// clips. Both read the attributes, so a program that sets them after the fact is honoured.
/// </summary>
internal static class SyntaxErrorLocation
{
    /// <summary>Lines before the <c>Type: msg</c> line, and the text after <c>Type</c>; null when the interpreter would print it as any exception.</summary>
    public static (List<string> Lines, string Tail)? Format(PyBaseException exc, bool interpreter) =>
        interpreter ? ForInterpreter(exc) : ForTracebackModule(exc);

    private static (List<string>, string)? ForInterpreter(PyBaseException exc)
    {
        // The interpreter gives up on the location (and prints str(e)) when a number is not an int.
        if (Attributes.TryGetAttr(exc, "msg") is not { } msg) return null;
        var filename = Attributes.TryGetAttr(exc, "filename") is { } f and not PyNone ? f.Str() : "<string>";
        if (!AsLong(Attributes.TryGetAttr(exc, "lineno"), out var lineno)) return null;
        long offset = -1;
        switch (Attributes.TryGetAttr(exc, "offset"))
        {
            case PyNone: break;
            case PyInt o when AsLong(o, out var value): offset = value; break;
            default: return null;
        }
        long endLineno = lineno, endOffset = -1;
        if (ReferenceEquals(exc.Type, ExceptionTypes.SyntaxError))
        {
            switch (Attributes.TryGetAttr(exc, "end_lineno"))
            {
                case null or PyNone: break;
                case PyInt e when AsLong(e, out var value): endLineno = value; break;
                default: return null;
            }
            switch (Attributes.TryGetAttr(exc, "end_offset"))
            {
                case null or PyNone: break;
                case PyInt e when AsLong(e, out var value): endOffset = value; break;
                default: return null;
            }
        }
        var lines = new List<string> { $"  File \"{filename}\", line {lineno}\n" };
        if (Attributes.TryGetAttr(exc, "text") is { } textObj and not PyNone)
        {
            var text = textObj.Str();
            if (endLineno > lineno) endOffset = text.Length;
            if (endOffset > text.Length + 1) endOffset = text.Length + 1;
            AppendInterpreterText(lines, text, offset, endOffset);
        }
        var message = msg.Str();
        return (lines, message.Length == 0 ? "" : ": " + message);
    }

    private static void AppendInterpreterText(List<string> lines, string text, long offset, long endOffset)
    {
        var carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\t' or '\f')
        {
            start++;
            offset--;
        }
        text = text[start..];
        var length = text.Length > 0 && text[^1] == '\n' ? text.Length - 1 : text.Length;
        if (offset > length) offset = length;
        // A text of several lines shows from the line the offset falls in.
        while (text.IndexOf('\n') is var newline and >= 0 && newline < offset)
        {
            text = text[(newline + 1)..];
            length -= newline + 1;
            offset -= newline + 1;
        }
        lines.Add("    " + text + (length < text.Length && text[(int)length] == '\n' ? "" : "\n"));
        if (offset < 0) return;
        lines.Add("    " + new string(' ', (int)offset) + new string('^', (int)carets) + "\n");
    }

    private static (List<string>, string) ForTracebackModule(PyBaseException exc)
    {
        var lines = new List<string>();
        var suffix = "";
        var filename = Attributes.TryGetAttr(exc, "filename") ?? PyNone.Instance;
        var lineno = Attributes.TryGetAttr(exc, "lineno") ?? PyNone.Instance;
        if (lineno is not PyNone)
        {
            var shown = Operations.Truth.IsTrue(filename) ? filename.Str() : "<string>";
            lines.Add($"  File \"{shown}\", line {lineno.Str()}\n");
        }
        else if (filename is not PyNone)
        {
            suffix = $" ({filename.Str()})";
        }
        if (Attributes.TryGetAttr(exc, "text") is { } textObj and not PyNone)
        {
            var right = textObj.Str().TrimEnd('\n');
            var left = right.TrimStart(' ', '\n', '\f');
            var spaces = right.Length - left.Length;
            lines.Add($"    {left}\n");
            if (AsLong(Attributes.TryGetAttr(exc, "offset"), out var offset))
            {
                var end = AsLong(Attributes.TryGetAttr(exc, "end_offset"), out var value) && value != 0 ? value : offset;
                if (offset == end || end == -1) end = offset + 1;
                var column = offset - 1 - spaces;
                var endColumn = end - 1 - spaces;
                if (column >= 0)
                {
                    // Tabs and other blanks before the error stay, so the carets line up under them.
                    var marker = new StringBuilder("    ");
                    foreach (var c in left.AsSpan(0, (int)Math.Min(column, left.Length))) marker.Append(char.IsWhiteSpace(c) ? c : ' ');
                    marker.Append('^', (int)Math.Max(0, endColumn - column)).Append('\n');
                    lines.Add(marker.ToString());
                }
            }
        }
        var msg = Attributes.TryGetAttr(exc, "msg");
        var message = msg is null || !Operations.Truth.IsTrue(msg) ? "<no detail available>" : msg.Str();
        return (lines, $": {message}{suffix}");
    }

    private static bool AsLong(PyObject? o, out long value)
    {
        value = o is PyInt { IsSmall: true } i ? i.Small : 0;
        return o is PyInt { IsSmall: true };
    }
}
