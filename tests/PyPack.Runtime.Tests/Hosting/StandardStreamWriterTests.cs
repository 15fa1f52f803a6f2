using System.Text;
using PyPack.Runtime.Hosting;

namespace PyPack.Runtime.Tests.Hosting;

public class StandardStreamWriterTests
{
    /// <summary>Counts the writes that reach the stream (one per line when auto-flushing).</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }

    [Fact]
    public void Encodes_like_StreamWriter_across_buffer_ends_and_split_surrogate_pairs()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++) text.Append("é中😀x");
        var expected = new MemoryStream();
        using (var reference = new StreamWriter(expected, new UTF8Encoding(false), 64, leaveOpen: true))
        {
            reference.Write(text.ToString());
            reference.Write("a\ud83d");
            reference.Write("\ude00b");
            reference.Write("lone \ud800 high");
            reference.Write("tail \ud83d");
        }

        var stream = new CountingStream();
        var writer = new StandardStreamWriter(stream, 64);
        writer.Write(text.ToString());
        writer.Write("a\ud83d");
        writer.Write("\ude00b");
        writer.Write("lone \ud800 high");
        writer.Write("tail \ud83d");
        writer.Flush();

        stream.ToArray().ShouldBe(expected.ToArray());
    }

    [Fact]
    public void Makes_no_buffer_and_writes_nothing_until_written_to()
    {
        var stream = new CountingStream();
        var writer = new StandardStreamWriter(stream, 8192);
        writer.Flush();
        stream.Writes.ShouldBe(0);
        writer.Write("kept until flushed");
        stream.Writes.ShouldBe(0);
        writer.Flush();
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe("kept until flushed");
    }

    [Fact]
    public void Auto_flush_writes_each_line_once()
    {
        var stream = new CountingStream();
        var writer = new StandardStreamWriter(stream, 8192) { AutoFlush = true, NewLine = "\n" };
        writer.WriteLine("one");
        writer.WriteLine("two");
        stream.Writes.ShouldBe(2);
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe("one\ntwo\n");
    }
}
