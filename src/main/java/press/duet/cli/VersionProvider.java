package press.duet.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DuetCommand.class.getPackage().getImplementationVersion();
        return new String[] {"duet " + (version == null ? "development" : version)};
    }
}
