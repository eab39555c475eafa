// Types written to break the layer rule, so that LayerTests can show the rule fails on a back-reference.
namespace Analysis.Tests.Architecture.Fixture.High
{
    internal static class Top
    {
        public static int Value => 1;
    }
}

namespace Analysis.Tests.Architecture.Fixture.Low
{
    internal static class Clean
    {
        public static int Value => 0;
    }

    internal static class UsesHigh
    {
        public static int Value => High.Top.Value;
    }
}
