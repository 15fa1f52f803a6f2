using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Tests.Hosting;

public class TracebackPrinterTests
{
    private static readonly SourceInfo Source = new("app.py", "def f():\n    return 1 / 0\nf()\n");

    [Fact]
    public void Formats_frames_outermost_first_with_source_lines()
    {
        var exc = ExceptionTypes.Create(ExceptionTypes.ZeroDivisionError, "division by zero");
        var carrier = exc.ToException();
        carrier.AddFrame(new CodeInfo("f", Source), 2).ShouldBeFalse();
        carrier.AddFrame(new CodeInfo("<module>", Source), 3);

        TracebackPrinter.Format(exc).ShouldBe(
            "Traceback (most recent call last):\n" +
            "  File \"app.py\", line 3, in <module>\n" +
            "    f()\n" +
            "  File \"app.py\", line 2, in f\n" +
            "    return 1 / 0\n" +
            "ZeroDivisionError: division by zero\n");
    }

    [Fact]
    public void Collapses_repeated_frames_like_CPython()
    {
        var code = new CodeInfo("f", Source);
        var exc = ExceptionTypes.Create(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        for (var i = 0; i < 10; i++) exc.ToException().AddFrame(code, 2);
        var text = TracebackPrinter.Format(exc);
        text.ShouldContain("  [Previous line repeated 7 more times]\n");
        text.Split("in f\n").Length.ShouldBe(4);
    }

    [Fact]
    public void Chained_exceptions_print_cause_first()
    {
        var cause = ExceptionTypes.Create(ExceptionTypes.KeyError, "k");
        var exc = ExceptionTypes.Create(ExceptionTypes.ValueError, "bad");
        exc.Cause = cause;
        TracebackPrinter.Format(exc).ShouldBe(
            "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nValueError: bad\n");
    }

    [Fact]
    public void Exception_without_message_prints_its_name_only() =>
        TracebackPrinter.FormatExceptionOnly(new PyBaseException(ExceptionTypes.AssertionError, PyTuple.Empty)).ShouldBe("AssertionError\n");
}
