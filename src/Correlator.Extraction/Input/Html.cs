using System.Net;
using System.Text.RegularExpressions;

namespace Correlator.Extraction.Input;

/// <summary>Turns pasted HTML into plain text: scripts and styles dropped, block tags as line breaks, entities decoded.</summary>
public static partial class Html
{
    public static bool Looks(string text) => Tag().IsMatch(text);

    public static string Strip(string html)
    {
        var text = Hidden().Replace(html, " ");
        text = Block().Replace(text, "\n");
        text = AnyTag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<\s*/?\s*(?:html|head|body|p|div|span|br|a|script|style|article|section|h[1-6]|ul|ol|li|table|tr|td|img|meta|!doctype)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<\s*(script|style|noscript)\b[^>]*>.*?<\s*/\s*\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/article|/section)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]{0,2000}>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\n[ \t]*(?:\n[ \t]*)+", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
