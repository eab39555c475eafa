namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Credits of real reporting: credit lines in capitals or with a
/// channel's number ("SOURCE: FRANCE 24"), an aggregator's credit with its source's ("(MENAFN- AsiaNet News)"), a desk's
/// credit by its broadcaster's alias ("(RNZ Pacific)"), outlets named by a web address or after a hyphenated adjective
/// ("the pro-Russian Telegram channel Mash"), outlets and an intelligence service's "secret service" name the gazetteer
/// lacked, and Oman as a country.
/// </summary>
public class CapitalCreditsAndWebAddressesTests
{
    [Theory]
    // Credit lines.
    [InlineData("The last soldiers will leave the base by September.\n\nSOURCE: FRANCE 24", "France 24")]
    [InlineData("Some 400 soldiers returned home on Friday, the army said. Source: Channel 4", "Channel 4")]
    [InlineData("(MENAFN- Jordan Times) About 300 Jordanian troops will join the mission, the army said.", "MENAFN")]
    [InlineData("(MENAFN- Jordan Times) About 300 Jordanian troops will join the mission, the army said.", "Jordan Times")]
    [InlineData("Suva (RNZ Pacific) - About 200 Fijian soldiers will serve with the peacekeepers, officials said.", "RNZ")]
    // Outlets by a web address, or after a hyphenated adjective.
    [InlineData("About 600 soldiers left the camp, the army said in a statement carried by sahelinfo.net.", "sahelinfo.net")]
    [InlineData("Some 90 foreign personnel will go by June, news site Atoll.mv reported.", "Atoll.mv")]
    [InlineData("Around 500 troops crossed the river, according to www.frontnews.com", "frontnews.com")]
    [InlineData("The pro-Kremlin Telegram channel Rybar said about 2,000 troops had moved.", "Rybar")]
    // Outlets and services the gazetteer lacked.
    [InlineData("About 1,500 US troops remain in Syria, two officials told Al-Monitor.", "Al-Monitor")]
    [InlineData("Some 300 Russian instructors arrived in the capital, African Initiative reported.", "African Initiative")]
    [InlineData("The army has pulled back several brigades of about 2,000 troops each, Forbes reported.", "Forbes")]
    [InlineData("Some 10,000 soldiers were sent, South Korea's secret service told lawmakers.", "National Intelligence Service")]
    [InlineData("About 500 soldiers were detained, Ukraine's secret service said.", "SBU")]
    // Oman speaks by its name.
    [InlineData("Oman said some 200 of its sailors would join the patrols.", "Oman")]
    public void Names_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A number in prose is no credit's, nor a bracket that opens with a lower-case word after the hyphen.
    [InlineData("The base will close in 2025, officials said. Source: FRANCE 24", "FRANCE")]
    [InlineData("(Kyiv- based analysts) About 300 troops moved north, the army said.", "Kyiv")]
    // Initials, an e-mail address and a path are no web outlets; nor a government's site ending.
    [InlineData("About 4,000 U.S. troops are in Iraq, officials said.", "U.S")]
    [InlineData("Some 300 soldiers will go, the army said in an e-mail from press@army.com to reporters.", "army.com")]
    [InlineData("About 2,000 troops are in the country, the ministry said on https://x.com/mod_news.", "x.com")]
    [InlineData("About 2,000 troops are there, the ministry's site defence.gov said.", "defence.gov")]
    // A channel noun's name that modifies a noun is no outlet; a country's own Secret Service is no South Korean spy agency.
    [InlineData("The pro-Russian Telegram channel Rybar count put the force at 2,000.", "Rybar")]
    [InlineData("About 200 agents of the U.S. Secret Service will guard the summit, officials said.", "National Intelligence Service")]
    public void Does_not_name_it(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);
}
