package fr.onboarding;

import javax.xml.datatype.DatatypeFactory;

import jakarta.mail.util.StreamProvider;

import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Names the implementations that two libraries otherwise look up anew, at each use, by scanning
 * every jar of the class path (ServiceLoader): Camunda creates a {@link DatatypeFactory} for each
 * timer it schedules, Jakarta Mail asks for its {@link StreamProvider} for each header it encodes
 * and each mail it writes. The benchmark's profile had these scans at 8 % and 15 % of the job
 * executor's time. A setting given on the command line ({@code -D}) is left as it is.
 */
final class FactoryLookups {

    private FactoryLookups() {
    }

    static void nameTheImplementations() {
        nameIfUnset(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        nameIfUnset(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }

    private static void nameIfUnset(String factory, String implementation) {
        if (System.getProperty(factory) == null) {
            System.setProperty(factory, implementation);
        }
    }
}
