using System.Net;
using System.Text;
using Kabuto.Core.Json;

namespace Kabuto.Writing.Documents;

/// <summary>The output formats of a wrap.</summary>
public enum ArticleFormat
{
    Markdown,
    Html,
    Json,
}

/// <summary>Walks the document model into Markdown, HTML or JSON. The walkers share one order: headline, then
/// sections with their headings, lists as bullets.</summary>
public static class ArticleRenderer
{
    public static string Render(Article article, ArticleFormat format) => format switch
    {
        ArticleFormat.Html => Html(article),
        ArticleFormat.Json => Json(article),
        _ => Markdown(article),
    };

    public static string Markdown(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        text.Append("# ").Append(article.Headline.PlainText).Append('\n');
        foreach (var section in article.Sections)
        {
            text.Append(text[^1] == '\n' && text[^2] == '\n' ? string.Empty : "\n");
            if (section.Heading is not null)
            {
                text.Append("## ").Append(section.Heading).Append("\n\n");
            }

            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(section.IsList ? "- " : string.Empty).Append(paragraph.PlainText).Append(section.IsList ? "\n" : "\n\n");
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    public static string Html(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var html = new StringBuilder();
        html.Append("<article class=\"kabuto-wrap\" data-market=\"").Append(article.Market)
            .Append("\" data-date=\"").Append(article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append("\" data-edition=\"").Append(article.Edition).Append("\" lang=\"").Append(article.LanguageTag).Append("\">\n");
        html.Append("<h1>").Append(Runs(article.Headline)).Append("</h1>\n");
        foreach (var section in article.Sections)
        {
            html.Append("<section class=\"").Append(section.Kind.ToString().ToLowerInvariant()).Append("\">\n");
            if (section.Heading is not null)
            {
                html.Append("<h2>").Append(WebUtility.HtmlEncode(section.Heading)).Append("</h2>\n");
            }

            if (section.IsList)
            {
                html.Append("<ul>\n");
                foreach (var paragraph in section.Paragraphs)
                {
                    html.Append("<li>").Append(Runs(paragraph)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }
            else
            {
                foreach (var paragraph in section.Paragraphs)
                {
                    html.Append("<p>").Append(Runs(paragraph)).Append("</p>\n");
                }
            }

            html.Append("</section>\n");
        }

        return html.Append("</article>\n").ToString();
    }

    public static string Json(Article article) => KabutoJson.Serialize(ArticleJson.From(article));

    private static string Runs(Paragraph paragraph)
    {
        var html = new StringBuilder();
        foreach (var run in paragraph.Runs)
        {
            if (run is NumberRun number)
            {
                html.Append("<span class=\"num\" data-fact=\"").Append(WebUtility.HtmlEncode(number.FactId)).Append("\">")
                    .Append(WebUtility.HtmlEncode(number.Text)).Append("</span>");
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(run.Text));
            }
        }

        return html.ToString();
    }
}
