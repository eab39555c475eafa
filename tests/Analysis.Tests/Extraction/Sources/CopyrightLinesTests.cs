namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A page's copyright line at its foot ("© 2025 NAME, a division of COMPANY", "Copyright © NAME. All rights reserved.",
/// "© NAME 2005.") names the outlet that published the page: a source, as a sign-off's outlet is, where no list knows it. A
/// column-and-date line whose part before the date is the kind of piece ("ANALYSIS | 24 November 2021") names no outlet.
/// Near misses: a company's name in the copyright line (the page's owner), a sentence about copyright, a piece label. The
/// articles are ours.
/// </summary>
public class CopyrightLinesTests
{
    private const string Title = "Army puts 4,000 troops on the northern border";
    private const string Lead = "The army moved about 4,000 soldiers to the northern border on Monday, the defence ministry said.";

    [Theory]
    [InlineData("© 2025 Prairie Ledger, a division of Northgate Media Inc.", "Prairie Ledger")]
    [InlineData("Copyright © Lakeside Courier. All rights reserved.", "Lakeside Courier")]
    [InlineData("© Harbour Wire 2019.", "Harbour Wire")]
    [InlineData("Copyright © 2024, Prairie Ledger", "Prairie Ledger")]
    [InlineData("<Copyright ⓒ Lakeside Courier, unauthorized reproduction prohibited>", "Lakeside Courier")]
    public void A_copyright_line_names_the_pages_outlet(string line, string source) =>
        Assert.Contains(PageMentions(Title, Lead, line), m => m.Source == source);

    [Theory]
    // Near misses: a company owns the page; a sentence about copyright; a known outlet keeps its list name.
    [InlineData("© 2025 Northgate Interactive Inc.", "Northgate Interactive Inc")]
    [InlineData("Copyright disputes over Lakeside Courier photos went to court in May.", "Lakeside Courier")]
    [InlineData("Copyright 1998 The Associated Press. All rights reserved.", "The Associated Press")]
    public void Other_lines_name_no_outlet_by_their_copyright(string line, string name) =>
        Assert.DoesNotContain(PageMentions(Title, Lead, line), m => m.Source == name);

    [Fact]
    public void A_known_outlet_in_a_copyright_line_keeps_its_name() =>
        Assert.Contains(PageMentions(Title, Lead, "Copyright 1998 The Associated Press. All rights reserved."), m => m.Source == "Associated Press");

    [Theory]
    [InlineData("ANALYSIS | 24 November 2021", "ANALYSIS")]
    [InlineData("OPINION | 3 May 2020", "OPINION")]
    public void A_piece_label_before_a_date_is_no_outlet(string line, string name) =>
        Assert.DoesNotContain(PageMentions(Title, line, Lead), m => m.Source == name);

    [Fact]
    public void A_column_name_before_a_date_stays_an_outlet() =>
        Assert.Contains(PageMentions(Title, "Civic Today | 24 November 2021", Lead), m => m.Source == "Civic Today");
}
