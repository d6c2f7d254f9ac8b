using System.Text;

namespace Kabuto.Data.Import;

/// <summary>Decodes a source file: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else CP932
/// (Shift_JIS), which is what the Japanese sources use (the TOPIX title line, the official Nikkei footer).</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding ShiftJis { get; } = GetShiftJis();

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.StartsWith("\uFEFF"u8);
        var body = bom ? bytes[3..] : bytes;
        try
        {
            return (StrictUtf8.GetString(body), bom ? "utf-8-bom" : "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (ShiftJis.GetString(body), "cp932");
        }
    }

    /// <summary>True for bytes that are not text in any encoding a source uses: a NUL, or more than one byte in ten a
    /// control character other than tab, line feed, form feed and carriage return, within the first 8 KB. UTF-16
    /// with its byte-order mark is text (the importers then say they do not read it).</summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, 8_192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r')) || b == 0x7F)
            {
                control++;
            }
        }

        return control * 10 > head.Length;
    }

    /// <summary>Lines of the text, numbered from 1 as an editor shows them; CRLF and LF both end a line.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            var length = stop - start;
            if (length > 0 && text[stop - 1] == '\r')
            {
                length--;
            }

            yield return (++number, text.Substring(start, length));
            if (end < 0)
            {
                yield break;
            }

            start = end + 1;
        }
    }

    private static Encoding GetShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}
