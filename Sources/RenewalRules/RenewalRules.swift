/// Providers, rules and guides. (Being written.)
public enum RenewalRules {}
