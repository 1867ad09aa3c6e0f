using Correlator.Domain.Entities;
using FsCheck;
using FsCheck.Fluent;

namespace Correlator.Domain.Tests.Entities;

public class ArabicTextTests
{
    [Theory]
    [InlineData("عَيْنُ الأَسَدِ", "عين الاسد")]          // harakat and sukun
    [InlineData("كتابٌ", "كتاب")]                          // tanween
    [InlineData("حزبُ اللّه", "حزب الله")]                 // shadda
    [InlineData("الرَّحْمٰن", "الرحمن")]                    // superscript alef
    [InlineData("قــاعــدة", "قاعده")]                      // tatweel, ta marbuta
    public void Arabic_diacritics_and_tatweel_are_removed(string text, string expected) =>
        ArabicText.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("أ", "ا")]
    [InlineData("إ", "ا")]
    [InlineData("آ", "ا")]
    [InlineData("ٱ", "ا")]
    [InlineData("ة", "ه")]
    [InlineData("ى", "ي")]
    [InlineData("ؤ", "و")]
    [InlineData("ئ", "ي")]
    [InlineData("ی", "ي")]
    [InlineData("ک", "ك")]
    public void Each_arabic_letter_family_folds_to_one_letter(string letter, string expected) =>
        ArabicText.Normalize(letter).ShouldBe(expected);

    [Fact]
    public void Arabic_indic_and_persian_digits_become_ascii_digits() =>
        ArabicText.Normalize("البرج ٢٢ و۲۳").ShouldBe("البرج 22 و23");

    [Theory]
    [InlineData("Kata'ib Ḥizballāh", "kataib hizballah")]
    [InlineData("Ain al-Asad", "ain al asad")]
    [InlineData("  AIN   al–Asad\t", "ain al asad")]
    [InlineData("Asa’ib Ahl al-Haq", "asaib ahl al haq")]
    [InlineData("#عين_الأسد!", "عين الاسد")]
    [InlineData("كتائب “حزب الله”", "كتايب حزب الله")]
    public void Latin_is_lower_cased_without_accents_apostrophes_or_punctuation(string text, string expected) =>
        ArabicText.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Hamza_spellings_of_one_name_normalise_alike() =>
        ArabicText.Normalize("عين الأسد").ShouldBe(ArabicText.Normalize("عين الاسد"));

    [Fact]
    public void Normalize_is_idempotent() =>
        Prop.ForAll<string>(text =>
        {
            var once = ArabicText.Normalize(text ?? "");
            return ArabicText.Normalize(once) == once;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Normalize_is_idempotent_on_mixed_arabic_and_latin_text()
    {
        var alphabet = "عينالأسدإآٱةىؤئءَُِّْٰـً ٢٣Kata'ib-ḤizbÉé_#“”".ToCharArray();
        var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(chars => new string(chars)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var once = ArabicText.Normalize(text);
            return ArabicText.Normalize(once) == once && !once.Contains("  ") && once.Trim() == once;
        }).QuickCheckThrowOnFailure();
    }
}
