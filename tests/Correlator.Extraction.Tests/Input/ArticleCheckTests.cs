using Correlator.Extraction.Input;

namespace Correlator.Extraction.Tests.Input;

public sealed class ArticleCheckTests
{
    [Fact]
    public void French_text_is_refused_rather_than_read_as_English()
    {
        var (input, refusal) = ArticleCheck.Check(
            "Des roquettes ont frappé la base aérienne d'Aïn al-Asad lundi soir, selon un responsable américain qui a requis l'anonymat auprès des journalistes présents sur place hier.",
            null, 10_000);

        input.ShouldBeNull();
        refusal!.Kind.ShouldBe(RefusalKind.UnsupportedLanguage);
    }

    [Fact]
    public void Mixed_Arabic_and_English_is_read_with_a_warning()
    {
        var (input, _) = ArticleCheck.Check("أعلنت المقاومة استهداف قاعدة حرير. The Pentagon said the drone was shot down over the base.", null, 10_000);

        input!.Warnings.ShouldContain(w => w.Contains("mixes"));
    }

    [Fact]
    public void Direction_overrides_and_controls_are_removed_so_quotes_stay_valid_reports()
    {
        var (input, _) = ArticleCheck.Check("استهداف\u202E قاعدة\u0000 حرير", null, 10_000);

        input!.Text.ShouldBe("استهداف قاعدة حرير");
        input.Changed.ShouldBeTrue();
    }

    [Fact]
    public void A_language_other_than_ar_or_en_is_refused() =>
        ArticleCheck.Check("text", "fr", 100).Refusal!.Field.ShouldBe("language");
}
