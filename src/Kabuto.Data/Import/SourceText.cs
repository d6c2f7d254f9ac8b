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
