package fi.tiekartta.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests that Netty cannot decode never reach WebFlux: a request line longer than the decoder allows (414), too
 * many or too long headers (431), a malformed request (400). Reactor Netty answers them itself with an empty body.
 * This customizer puts a handler between Netty's HTTP codec and Reactor Netty's traffic handler that answers such a
 * request with the same status and a problem+json body, then closes the connection (the decoder cannot find the
 * next request in what follows).
 */
public final class DecodingFailureProblems implements NettyServerCustomizer {

    private static final String HANDLER_NAME = "tiekartta.decodingFailureProblems";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addBefore(NettyPipeline.HttpTrafficHandler, HANDLER_NAME, new Handler());
            }
        });
    }

    static final class Handler extends ChannelInboundHandlerAdapter {

        private boolean failed;

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (failed) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
                failed = true;
                Throwable cause = request.decoderResult().cause();
                ReferenceCountUtil.release(message);
                answer(context, cause);
                return;
            }
            context.fireChannelRead(message);
        }

        private static void answer(ChannelHandlerContext context, Throwable cause) {
            HttpResponseStatus status;
            String detail;
            if (cause instanceof TooLongHttpLineException) {
                status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
                detail = "The request line (method, path and query) is too long.";
            } else if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
                detail = "The request's headers are too large.";
            } else {
                status = HttpResponseStatus.BAD_REQUEST;
                detail = "The request is not valid HTTP.";
            }
            byte[] body = Problems.body(status.code(), detail, null, null);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
