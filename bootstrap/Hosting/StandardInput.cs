using System.Text;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The process's standard input as text: one UTF-8 reader over descriptor 0 for the whole process
/// (sys.stdin, input(), shlex and getpass share its buffer, as they shared Console.In's).
/// Bytes are read as they come, so on a terminal the kernel's line editing and echo apply, as
/// under CPython without readline.
/// </summary>
public static class StandardInput
{
    private static TextReader? s_reader;

    // 4 KB as Console.In's was; no byte order mark detection, as Console.In did not detect one.
    public static TextReader Reader => s_reader ??= new StreamReader(new DescriptorStream(0), new UTF8Encoding(false),
        detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);

    public static bool IsTerminal => DescriptorStream.IsTerminal(0);
}
