namespace Analysis.Tests.Claims;

using Analysis.Claims;

/// <summary>
/// The citation routes sorted as numbers (one 64-bit key a route where the ids fit) come out in the order the routes'
/// own comparison gives, and routes that do not fit, or are not as built, are sorted by that comparison.
/// </summary>
public class RouteSortTests
{
    [Theory]
    // reports, largest origin, largest via list, largest publisher (-1: none), seed
    [InlineData(0, 5, 5, 5, 1)]
    [InlineData(1, 0, 0, -1, 2)]
    [InlineData(2, 1, 1, 1, 3)]
    [InlineData(50, 3, 2, 1, 4)]          // many equal routes: the ties kept in report order
    [InlineData(500, 40, 30, 20, 5)]
    [InlineData(5000, 1 << 20, 1 << 16, 900, 6)]
    [InlineData(3000, int.MaxValue, 5, 5, 7)]           // the key would need more than 64 bits: the routes' own sort
    [InlineData(3000, 5, int.MaxValue, int.MaxValue - 1, 8)]
    [InlineData(2000, (1 << 21) - 1, (1 << 21) - 1, (1 << 11) - 2, 9)]   // exactly 64 bits with 2,000 reports (11 bits)
    [InlineData(2049, (1 << 21) - 1, (1 << 21) - 1, (1 << 11) - 2, 10)]  // one bit too many
    public void Sorted_as_the_routes_compare(int reports, int maxOrigin, int maxVia, int maxPublisher, int seed)
    {
        var random = new Random(seed);
        int Pick(int max) => random.Next(3) == 0 ? max : random.Next(Math.Min(max, 6) + 1);
        var routes = new ClaimLinks.Route[reports];
        for (var i = 0; i < reports; i++)
            routes[i] = new ClaimLinks.Route(Pick(maxOrigin), Pick(maxVia), maxPublisher < 0 ? -1 : Pick(maxPublisher + 1) - 1, i, 1);
        var expected = (ClaimLinks.Route[])routes.Clone();
        Array.Sort(expected);

        ClaimLinks.SortRoutes(routes);
        Assert.Equal(expected, routes);
    }

    [Fact]
    public void Routes_not_as_built_are_sorted_by_their_comparison()
    {
        // Near misses of the keyed way: a seen that is not the route's place, a count already taken, a negative id.
        ClaimLinks.Route[][] cases =
        [
            [new(2, 0, 1, 1, 1), new(1, 0, 1, 0, 1), new(1, 0, 1, 5, 1)],
            [new(2, 0, 1, 0, 3), new(1, 0, 1, 1, 1)],
            [new(2, 0, 1, 0, 1), new(-3, 0, 1, 1, 1)],
            [new(2, 0, -2, 0, 1), new(1, 0, 1, 1, 1)],
        ];
        foreach (var routes in cases)
        {
            var expected = (ClaimLinks.Route[])routes.Clone();
            Array.Sort(expected);
            ClaimLinks.SortRoutes(routes);
            Assert.Equal(expected, routes);
        }
    }
}
