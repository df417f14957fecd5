package org.fivecmenus.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request with its parameters decoded here: the address's first, then the form's (as servlets order them). */
final class ParsedRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    ParsedRequest(HttpServletRequest request, Map<String, List<String>> query, Map<String, List<String>> fields,
                  byte[] body) {
        super(request);
        this.body = body;
        Map<String, String[]> merged = new LinkedHashMap<>();
        for (Map<String, List<String>> source : List.of(query, fields)) {
            source.forEach((name, values) -> {
                String[] before = merged.getOrDefault(name, new String[0]);
                String[] all = new String[before.length + values.size()];
                System.arraycopy(before, 0, all, 0, before.length);
                for (int i = 0; i < values.size(); i++) {
                    all[before.length + i] = values.get(i);
                }
                merged.put(name, all);
            });
        }
        this.parameters = Collections.unmodifiableMap(merged);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the form was read already");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return body == null ? super.getReader()
                : new BufferedReader(new InputStreamReader(getInputStream(), RequestParameters.charset(this)));
    }
}
