package com.sectorweekly.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the templates come from: the copy built into the jar, or a folder a designer is editing.
 * Builds the FreeMarker configuration every template renderer uses, locked down so that a template
 * can reach no Java class and content is only ever printed, never evaluated.
 */
public final class TemplateSource {

    private static final String BUILT_IN_ROOT = "/templates";
    private final Path folder;
    private volatile ReportStyle style;

    private TemplateSource(Path folder) {
        this.folder = folder;
    }

    public static TemplateSource builtIn() {
        return new TemplateSource(null);
    }

    public static TemplateSource folder(Path folder) {
        return new TemplateSource(folder);
    }

    /** A configuration reading {@code <root>/<subfolder>}; it caches compiled templates, so keep it. */
    public Configuration configuration(String subfolder, OutputFormat outputFormat) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(loader(subfolder));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setOutputFormat(outputFormat);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        // The report is made of records: let templates write report.cover.headline, not headline().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        return cfg;
    }

    /** The report's look, read once from {@code style.yaml} beside the format folders. */
    public ReportStyle style() throws RenderException {
        ReportStyle read = style;
        if (read == null) {
            read = readStyle();
            style = read;
        }
        return read;
    }

    /** A templates folder's own style.yaml, or the built-in one where it has none (as folders made before it). */
    private ReportStyle readStyle() throws RenderException {
        Path own = folder == null ? null : folder.resolve(ReportStyle.FILE);
        if (own != null && Files.exists(own)) {
            try {
                return ReportStyle.parse(Files.readAllBytes(own), own.toString());
            } catch (IOException e) {
                throw new RenderException(own + " cannot be read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = TemplateSource.class.getResourceAsStream(BUILT_IN_ROOT + "/" + ReportStyle.FILE)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + BUILT_IN_ROOT + "/" + ReportStyle.FILE);
            }
            return ReportStyle.parse(in.readAllBytes(), "(built in) templates/" + ReportStyle.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateLoader loader(String subfolder) {
        if (folder == null) {
            return new ClassTemplateLoader(TemplateSource.class, BUILT_IN_ROOT + "/" + subfolder);
        }
        try {
            return new FileTemplateLoader(folder.resolve(subfolder).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("template folder " + folder.resolve(subfolder) + " cannot be read", e);
        }
    }
}
