"""What the tests (tests/) and the benchmarks (bench/) share: throwaway services on free ports, and generated
content. Never imported by the portal itself."""
