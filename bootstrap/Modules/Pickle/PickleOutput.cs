using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// The bytes a pickler writes, with protocol 4's framing: opcodes go into a frame that is closed
/// (its FRAME header filled in) once it holds 64 KiB at an opcode boundary; a frame under 4 bytes
/// gets no header at all, and a large bytes/str payload is written outside any frame.
/// </summary>
internal sealed class PickleOutput
{
    private const int FrameHeaderSize = 9;
    private const int FrameSizeMin = 4;
    public const int FrameSizeTarget = 64 * 1024;

    private byte[] _data = new byte[256];
    private int _count;
    private int _frameStart = -1;

    /// <summary>Whether opcodes go into frames (protocol 4 and up, while dump runs).</summary>
    public bool Framing { get; set; }

    public int Count => _count;

    public int Capacity => _data.Length;

    public ReadOnlySpan<byte> Written => _data.AsSpan(0, _count);

    public void Clear()
    {
        _count = 0;
        _frameStart = -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int size)
    {
        var count = _count;
        if ((uint)(count + size) <= (uint)_data.Length && (_frameStart >= 0 || !Framing))
        {
            _count = count + size;
            return new Span<byte>(_data, count, size);
        }
        return ReserveSlow(size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Span<byte> ReserveSlow(int size)
    {
        if (Framing && _frameStart < 0)
        {
            _frameStart = _count;
            Grow(FrameHeaderSize + size);
            _count += FrameHeaderSize;
        }
        else if (_count + size > _data.Length)
        {
            Grow(size);
        }
        var span = _data.AsSpan(_count, size);
        _count += size;
        return span;
    }

    private void Grow(int size)
    {
        if (_count + size <= _data.Length) return;
        var capacity = Math.Max(_data.Length * 2, _count + size);
        Array.Resize(ref _data, capacity);
    }

    public void Write(byte op) => Reserve(1)[0] = op;

    public void Write(byte op, byte arg)
    {
        var span = Reserve(2);
        span[0] = op;
        span[1] = arg;
    }

    public void WriteUInt16(byte op, int value)
    {
        var span = Reserve(3);
        span[0] = op;
        BinaryPrimitives.WriteUInt16LittleEndian(span[1..], (ushort)value);
    }

    public void WriteInt32(byte op, int value)
    {
        var span = Reserve(5);
        span[0] = op;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value);
    }

    public void WriteUInt64(byte op, ulong value)
    {
        var span = Reserve(9);
        span[0] = op;
        BinaryPrimitives.WriteUInt64LittleEndian(span[1..], value);
    }

    public void WriteDouble(byte op, double value)
    {
        var span = Reserve(9);
        span[0] = op;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
    }

    public void Write(ReadOnlySpan<byte> data) => data.CopyTo(Reserve(data.Length));

    /// <summary>Room for <paramref name="size"/> bytes, filled by the caller (encoders write in place).</summary>
    public Span<byte> Take(int size) => Reserve(size);

    /// <summary>Gives back the end of the last <see cref="Take"/> that was not used.</summary>
    public void Unwrite(int size) => _count -= size;

    /// <summary>Text as ASCII (protocol 0's lines: digits, names, escaped strings).</summary>
    public void WriteAscii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
    }

    /// <summary>
    /// Called after each object is written: a frame that reached the target size is closed, so
    /// the next opcode opens a new one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OpcodeBoundary()
    {
        if (Framing && _frameStart >= 0 && _count - _frameStart - FrameHeaderSize >= FrameSizeTarget) CommitFrame();
    }

    /// <summary>Closes the open frame: writes its header, or drops the reserved header when the frame is tiny.</summary>
    public void CommitFrame()
    {
        if (_frameStart < 0) return;
        var length = _count - _frameStart - FrameHeaderSize;
        if (length >= FrameSizeMin)
        {
            _data[_frameStart] = Opcodes.Frame;
            BinaryPrimitives.WriteUInt64LittleEndian(_data.AsSpan(_frameStart + 1), (ulong)length);
        }
        else
        {
            _data.AsSpan(_frameStart + FrameHeaderSize, length).CopyTo(_data.AsSpan(_frameStart));
            _count -= FrameHeaderSize;
        }
        _frameStart = -1;
    }

    /// <summary>
    /// An opcode header and its payload: a payload of 64 KiB or more goes outside frames (the
    /// open frame is closed first), as CPython writes it, so a reader can take it in one piece.
    /// </summary>
    public void WritePayload(ReadOnlySpan<byte> header, ReadOnlySpan<byte> payload)
    {
        var framing = Framing;
        if (framing && payload.Length >= FrameSizeTarget)
        {
            CommitFrame();
            Framing = false;
        }
        Write(header);
        Write(payload);
        Framing = framing;
    }

    public byte[] ToArray() => _data.AsSpan(0, _count).ToArray();
}
