using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>Formats an exception as CPython 3.11's traceback module does, chained exceptions included.</summary>
public static class TracebackPrinter
{
    private const string CauseHeader = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextHeader = "\nDuring handling of the above exception, another exception occurred:\n\n";

    public static string Format(PyBaseException exc) => string.Concat(FormatParts(exc, exc.Traceback, chain: true));

    /// <summary>
    /// The traceback as the pieces CPython's traceback.format_exception returns: each header, each
    /// frame (its File line and source line together), and the exception-only lines.
    /// </summary>
    public static List<string> FormatParts(PyBaseException exc, TracebackEntry? traceback, bool chain)
    {
        var parts = new List<string>();
        Append(parts, exc, traceback, chain, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return parts;
    }

    private static void Append(List<string> parts, PyBaseException exc, TracebackEntry? traceback, bool chain, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (chain && exc.Cause is { } cause && !seen.Contains(cause))
        {
            Append(parts, cause, cause.Traceback, chain, seen);
            parts.Add(CauseHeader);
        }
        else if (chain && exc.Cause is null && !exc.SuppressContext && exc.Context is { } context && !seen.Contains(context))
        {
            Append(parts, context, context.Traceback, chain, seen);
            parts.Add(ContextHeader);
        }
        if (traceback is not null)
        {
            parts.Add("Traceback (most recent call last):\n");
            AppendFrames(parts, traceback);
        }
        parts.Add(FormatExceptionOnly(exc));
    }

    private static void AppendFrames(List<string> parts, TracebackEntry? entry)
    {
        // CPython collapses runs of more than three identical frames (deep recursion).
        TracebackEntry? last = null;
        var repeats = 0;
        for (; entry is not null; entry = entry.Next)
        {
            if (last is not null && last.Code == entry.Code && last.Line == entry.Line)
            {
                repeats++;
                if (repeats >= 3) continue;
            }
            else
            {
                FlushRepeats(parts, repeats);
                repeats = 0;
            }
            last = entry;
            var sb = new StringBuilder();
            sb.Append("  File \"").Append(entry.Code.Source.FileName).Append("\", line ").Append(entry.Line)
              .Append(", in ").Append(entry.Code.Name).Append('\n');
            var text = entry.Code.Source.GetLine(entry.Line)?.Trim();
            if (!string.IsNullOrEmpty(text)) sb.Append("    ").Append(text).Append('\n');
            parts.Add(sb.ToString());
        }
        FlushRepeats(parts, repeats);
    }

    private static void FlushRepeats(List<string> parts, int repeats)
    {
        if (repeats < 3) return;
        var hidden = repeats - 2;
        parts.Add($"  [Previous line repeated {hidden} more time{(hidden > 1 ? "s" : "")}]\n");
    }

    /// <summary>The last line(s): <c>Type: message</c>.</summary>
    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var type = exc.Type;
        var module = type.IsHeapType ? (type.GetOwn("__module__") as PyStr)?.Value : type.Module;
        var name = module is null or "builtins" or "__main__" ? type.QualName : $"{module}.{type.QualName}";
        string message;
        try
        {
            message = exc.Str();
        }
        catch (PyException)
        {
            message = "<exception str() failed>";
        }
        var line = message.Length == 0 ? name : $"{name}: {message}";
        return Suggestions.For(exc) is { } suggestion ? $"{line}. Did you mean: '{suggestion}'?\n" : line + "\n";
    }
}
